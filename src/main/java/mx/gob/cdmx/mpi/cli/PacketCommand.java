package mx.gob.cdmx.mpi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.output.Outputs;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.render.packet.PacketOptions;
import mx.gob.cdmx.mpi.render.packet.PacketRenderer;
import mx.gob.cdmx.mpi.render.packet.RenderedPacket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mpi packet}: the Junta de Gobierno packet, one PDF/A-1b per board session
 * (docs/informes.md, docs/carpeta-junta.md).
 */
@Command(
    name = "packet",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    parameterListHeading = "%nArgumentos:%n",
    description =
        "Genera la carpeta de una sesión de la Junta de Gobierno: un PDF/A-1b con"
            + " portada, índice y marcadores, resumen ejecutivo, una ficha por indicador, los"
            + " indicadores en amarillo y rojo con su justificación, y anexos (mediciones, validación,"
            + " metodología y procedencia con SHA-256). Valida antes los datos."
            + " Detalle: docs/carpeta-junta.md.",
    footer = {
      "%nEjemplos:",
      "  Carpeta de la segunda sesión ordinaria:",
      "    mpi packet --period 2025-Q2 --date 2025-06-26 \\",
      "      --session \"Segunda Sesión Ordinaria 2025\" examples/",
      "%nCódigos de salida: 0 correcto (puede haber advertencias), 1 los datos o el plan"
          + " tienen errores, 2 error de uso, 3 error interno."
    })
final class PacketCommand implements Callable<Integer> {

  @ParentCommand MpiCommand root;

  @Mixin HelpOptions help;

  @Mixin PeriodOption period;

  @Option(
      names = "--session",
      paramLabel = "TEXTO",
      description =
          "Nombre de la sesión para la portada, por ejemplo \"Segunda Sesión Ordinaria"
              + " 2025\" (sin ella: «Sesión: no indicada»).")
  String session;

  @Mixin DateOption date;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "ARCHIVO",
      description =
          "Archivo PDF de salida (por omisión: carpeta-junta-PERIODO.pdf en la carpeta"
              + " actual; si es una carpeta, ese nombre dentro de ella; «-o -» la salida"
              + " estándar). Nunca reemplaza un archivo de entrada, una carpeta ni un"
              + " dispositivo.")
  Path output;

  @Option(
      names = "--permisos",
      paramLabel = "MODO",
      description =
          "Permisos del PDF en octal, p. ej. 640 (por omisión: 600, sólo su dueño puede leerlo,"
              + " porque la carpeta puede contener datos personales; un archivo existente conserva"
              + " los suyos).")
  String permissions;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    Period p = period.of(root.loadPlan());
    PacketOptions options = new PacketOptions(session, date.resolve(root.env), Version.value());
    Outputs.Mode mode = mode();
    Outputs outputs = root.outputs(data.paths(), null);
    Outputs.Target target = outputs.check(target(p));
    Inputs.Evaluated inputs = Inputs.evaluate(root, period, data);
    RenderedPacket packet =
        PacketRenderer.render(inputs.evaluation(), inputs.validation(), options);
    outputs.write(target, packet.pdf(), mode);
    if (options.date() != null && options.date().isBefore(p.endDate())) {
      root.err.println(
          "mpi: advertencia: la fecha de la sesión ("
              + options.date()
              + ") es anterior al corte del periodo "
              + p.code()
              + " ("
              + p.endDate()
              + "); la portada de la carpeta lo advierte.");
    }
    (target.stdout() ? root.err : root.out)
        .println("Carpeta escrita en " + target + " (" + packet.pages() + " páginas).");
    return ExitCodes.OK;
  }

  private Outputs.Mode mode() {
    if (permissions == null) {
      return Outputs.Mode.PRIVATE;
    }
    Outputs.Mode m = Outputs.Mode.octal(permissions);
    if (m == null) {
      throw new UsageException(
          "--permisos "
              + permissions
              + " no es un modo octal; escriba tres cifras del 0 al 7, p. ej. 600 o 640");
    }
    return m;
  }

  /** {@code -o} (a folder gets the default name inside) or the default name. */
  private Path target(Period p) {
    if (output == null) {
      return Path.of(defaultName(p));
    }
    return Files.isDirectory(output) ? output.resolve(defaultName(p)) : output;
  }

  /** {@code carpeta-junta-2025-Q2.pdf}. */
  static String defaultName(Period p) {
    return "carpeta-junta-" + p.code() + ".pdf";
  }
}
