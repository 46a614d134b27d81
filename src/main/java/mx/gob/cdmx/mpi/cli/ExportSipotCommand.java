package mx.gob.cdmx.mpi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.output.Outputs;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.render.sipot.SipotFiles;
import mx.gob.cdmx.mpi.render.sipot.SipotFormats;
import mx.gob.cdmx.mpi.render.sipot.SipotTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code mpi exporta sipot}: a transparency format, one public-edition row per indicator. */
@Command(
    name = "sipot",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    parameterListHeading = "%nArgumentos:%n",
    description =
        "Llena el formato de indicadores de la Plataforma Nacional de Transparencia (SIPOT) de"
            + " la fracción V (interés público) o VI (objetivos y resultados): una fila por"
            + " indicador, con las columnas del formato en su orden y fechas día/mes/año. Es la"
            + " edición pública: sin notas y con las cuentas pequeñas de personas reservadas."
            + " Una celda que el plan no llena queda vacía y la Nota dice por qué. Detalle:"
            + " docs/transparencia.md.",
    footer = {
      "%nEjemplos:",
      "  Fracción V del segundo trimestre (sipot-fraccion-V-2025-Q2.xlsx):",
      "    mpi exporta sipot --fraccion V --period 2025-Q2 examples/",
      "  Fracción VI en CSV, con fecha de validación y actualización:",
      "    mpi exporta sipot --fraccion VI --period 2025-Q2 --format csv \\",
      "      --date 2025-07-15 -o transparencia/ examples/",
      "%nCódigos de salida: 0 correcto (puede haber advertencias), 1 los datos o el plan"
          + " tienen errores, 2 error de uso, 3 error interno."
    })
final class ExportSipotCommand implements Callable<Integer> {

  /** The file formats. */
  enum Format {
    xlsx,
    csv
  }

  @ParentCommand ExportCommand parent;

  @Mixin HelpOptions help;

  @Option(
      names = "--fraccion",
      required = true,
      paramLabel = "V|VI",
      description = "Formato: V (indicadores de interés público) o VI (objetivos y resultados).")
  String fraction;

  @Mixin PeriodOption period;

  @Option(
      names = "--format",
      paramLabel = "FORMATO",
      defaultValue = "xlsx",
      description =
          "Formato del archivo: ${COMPLETION-CANDIDATES} (por omisión: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "ARCHIVO",
      description =
          "Archivo de salida (por omisión: sipot-fraccion-V-PERIODO.xlsx en la carpeta actual;"
              + " si es una carpeta, ese nombre dentro de ella).")
  Path output;

  @Mixin DateOption date;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    MpiCommand root = parent.root;
    SipotFormats formats = SipotFormats.load();
    SipotFormats.Format f =
        formats
            .format(fraction.strip().toUpperCase(java.util.Locale.ROOT))
            .orElseThrow(
                () ->
                    new UsageException(
                        "fracción desconocida: «"
                            + fraction
                            + "»; los formatos de "
                            + SipotFormats.RESOURCE.substring(1)
                            + " son: "
                            + String.join(
                                ", ",
                                formats.formats().stream()
                                    .map(SipotFormats.Format::fraction)
                                    .toList())));
    Period p = period.of(root.loadPlan());
    LocalDate issued = date.resolve(root.env);
    Outputs outputs = root.outputs(data.paths(), null);
    Outputs.Target target = outputs.check(target(f.fraction(), p));
    Evaluation evaluation = Inputs.evaluate(root, period, data).evaluation();
    SipotTable table = SipotTable.of(f, evaluation, issued, issued);
    byte[] bytes =
        format == Format.csv
            ? SipotFiles.csv(table)
            : SipotFiles.xlsx(table, (issued == null ? p.endDate() : issued).atStartOfDay());
    outputs.write(target, bytes, Outputs.Mode.DEFAULT);
    (target.stdout() ? root.err : root.out)
        .println(
            "Formato SIPOT fracción "
                + f.fraction()
                + " escrito en "
                + target
                + " ("
                + table.rows().size()
                + " indicadores)");
    return ExitCodes.OK;
  }

  private Path target(String fractionCode, Period p) {
    String name = SipotFiles.defaultName(fractionCode, p.code(), format.name());
    if (output == null) {
      return Path.of(name);
    }
    return Files.isDirectory(output) ? output.resolve(name) : output;
  }
}
