package mx.gob.cdmx.mpi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.output.Outputs;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Areas;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.render.data.TemplateCsv;
import mx.gob.cdmx.mpi.render.data.TemplateRow;
import mx.gob.cdmx.mpi.render.data.TemplateXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mpi template}: a measurement file ready to fill, CSV or xlsx, with one row per indicator
 * and declared variable and the plan's informative columns (docs/excel.md).
 */
@Command(
    name = "template",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    parameterListHeading = "%nArgumentos:%n",
    description =
        "Escribe una plantilla de mediciones lista para llenar, en Excel (.xlsx) o CSV: una fila"
            + " con «valor» vacío por cada indicador del plan y cada una de sus variables, con el"
            + " periodo ya escrito y, para orientar, el nombre, la unidad, la meta del periodo y"
            + " el área responsable (columnas que se ignoran al leer el archivo). Si en el"
            + " periodo no se logró nada, escriba 0: una fila faltante es «sin datos». Detalle:"
            + " docs/excel.md.",
    footer = {
      "%nEjemplos:",
      "  Libro de Excel del tercer trimestre para la Unidad de Transparencia:",
      "    mpi template --period 2025-Q3 --responsable transparencia \\",
      "      -o transparencia.xlsx",
      "  Plantilla de julio en CSV:",
      "    mpi template --period 2025-07 -o julio.csv",
      "  Reemplazar una plantilla ya escrita:",
      "    mpi template --period 2025-Q3 --format xlsx -o q3.xlsx --force",
      "  Datos del año de la línea base (2024):",
      "    mpi template --period 2024 -o base-2024.xlsx",
      "%nCódigos de salida: 0 correcto, 1 el plan tiene errores, 2 error de uso (entre otros,"
          + " el archivo ya existe y falta --force), 3 error interno."
    })
final class TemplateCommand implements Callable<Integer> {

  /** The file formats. */
  enum Format {
    xlsx,
    csv
  }

  @ParentCommand MpiCommand root;

  @Mixin HelpOptions help;

  @Mixin PeriodOption period;

  @Option(
      names = "--format",
      paramLabel = "FORMATO",
      description =
          "Formato: ${COMPLETION-CANDIDATES} (por omisión, xlsx si -o termina en .xlsx; si no,"
              + " csv).")
  Format format;

  @Option(
      names = "--responsable",
      paramLabel = "TEXTO",
      description =
          "Sólo los indicadores cuya área responsable contiene TEXTO, sin importar mayúsculas ni"
              + " acentos (las áreas: «mpi plan show --responsables»).")
  String responsable;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "ARCHIVO",
      description =
          "Archivo donde escribir la plantilla. Por omisión, el CSV va a la salida estándar y el"
              + " xlsx a plantilla-PERIODO.xlsx; «-o -» es la salida estándar. Nunca reemplaza el"
              + " plan, una carpeta ni un dispositivo.")
  Path output;

  @Option(
      names = "--force",
      description = "Reemplaza el archivo de salida si ya existe (sin esta opción, no se toca).")
  boolean force;

  @Override
  public Integer call() {
    Plan plan = root.loadPlan();
    Period p = period();
    if (p.year() != plan.year() && p.year() != plan.year() - 1) {
      throw new UsageException(
          "el periodo "
              + p.code()
              + " no es del año del plan ("
              + plan.year()
              + ") ni del anterior ("
              + (plan.year() - 1)
              + ", el de las líneas base)");
    }
    Format f = format();
    Path path = output != null ? output : f == Format.xlsx ? defaultName(p) : Path.of("-");
    Outputs outputs = root.outputs(List.of(), null);
    Outputs.Target target = outputs.check(path);
    if (!target.stdout() && Files.exists(target.real()) && !force) {
      throw new UsageException(
          "ya existe "
              + path
              + " y no se reemplaza: puede tener cifras ya capturadas. Indique otro nombre con"
              + " -o, o agregue --force para reemplazarlo");
    }
    List<TemplateRow> rows = TemplateRow.of(plan, p, indicators(plan));
    byte[] bytes =
        f == Format.csv
            ? TemplateCsv.render(rows)
            : TemplateXlsx.render(rows, scope(p), p.startDate().atStartOfDay());
    outputs.write(target, bytes, Outputs.Mode.DEFAULT);
    if (!target.stdout()) {
      root.err.println("Plantilla escrita en " + path + " (" + rows.size() + " filas).");
    }
    return ExitCodes.OK;
  }

  private Period period() {
    return period.period;
  }

  private Format format() {
    if (format != null) {
      return format;
    }
    boolean xlsx = output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    return xlsx ? Format.xlsx : Format.csv;
  }

  private static Path defaultName(Period p) {
    return Path.of("plantilla-" + p.code() + ".xlsx");
  }

  private List<Indicator> indicators(Plan plan) {
    if (responsable == null) {
      return plan.indicators();
    }
    if (responsable.isBlank()) {
      throw new UsageException("--responsable está vacío; escriba parte del nombre del área");
    }
    List<Indicator> found = Areas.matching(plan, responsable);
    if (found.isEmpty()) {
      throw new UsageException(
          "ningún indicador tiene un área responsable que contenga «"
              + responsable
              + "»; las áreas del plan se listan con «mpi plan show --responsables»");
    }
    return found;
  }

  private String scope(Period p) {
    String who =
        responsable == null ? "todas las áreas" : "áreas que contienen «" + responsable + "»";
    return "periodo " + p.code() + ", " + p.label() + ", " + who;
  }
}
