package mx.gob.cdmx.mpi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.output.IoReason;
import mx.gob.cdmx.mpi.output.Outputs;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.render.markdown.MarkdownTemplates;
import mx.gob.cdmx.mpi.render.markdown.TemplateProblem;
import mx.gob.cdmx.mpi.render.output.ReportFiles;
import mx.gob.cdmx.mpi.render.report.PublicEdition;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mpi report}: the report of one period, as PDF or Markdown (docs/informes.md,
 * docs/carpeta-junta.md).
 */
@Command(
    name = "report",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    parameterListHeading = "%nArgumentos:%n",
    description =
        "Genera el informe de un periodo (bimestral, trimestral, semestral, anual o"
            + " mensual) en PDF o Markdown: resumen del semáforo, gráficas y, por programa e"
            + " indicador, metas, realizado, fórmula con sus números, avance, línea base y notas."
            + " Valida antes los datos. Detalle: docs/informes.md.",
    footer = {
      "%nEjemplos:",
      "  Informe del segundo trimestre (escribe informe-2025-Q2.pdf):",
      "    mpi report --period 2025-Q2 examples/",
      "  Tercer bimestre en Markdown, con gráficas SVG:",
      "    mpi report --period 2025-B3 --format md examples/",
      "  Informe anual en otra ruta:",
      "    mpi report --period 2025 -o informes/anual.pdf datos/",
      "  Edición pública (escribe informe-2025-Q2-publico.pdf):",
      "    mpi report --publico --period 2025-Q2 examples/",
      "%nCódigos de salida: 0 correcto (puede haber advertencias), 1 los datos, el plan o"
          + " la plantilla tienen errores, 2 error de uso, 3 error interno."
    })
final class ReportCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    pdf,
    md
  }

  @ParentCommand MpiCommand root;

  @Mixin HelpOptions help;

  @Mixin PeriodOption period;

  @Option(
      names = "--format",
      paramLabel = "FORMATO",
      defaultValue = "pdf",
      description = "Formato: ${COMPLETION-CANDIDATES} (por omisión: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "RUTA",
      description =
          "Archivo de salida (por omisión: informe-PERIODO.pdf o .md en la carpeta"
              + " actual; las gráficas del Markdown van en informe-PERIODO-graficas-HUELLA/;"
              + " «-o -» escribe el PDF en la salida estándar). Nunca reemplaza un archivo de"
              + " entrada, una carpeta ni un dispositivo.")
  Path output;

  @Option(
      names = "--templates",
      paramLabel = "CARPETA",
      description =
          "Carpeta con plantillas Freemarker propias (informe.md.ftl); sólo con" + " --format md.")
  Path templates;

  @Option(
      names = "--plantilla-segundos",
      paramLabel = "SEGUNDOS",
      defaultValue = "10",
      description =
          "Tiempo máximo que puede correr la plantilla Markdown (por omisión: ${DEFAULT-VALUE}).")
  int templateSeconds;

  @Option(
      names = "--plantilla-mb",
      paramLabel = "MB",
      defaultValue = "20",
      description =
          "Tamaño máximo del Markdown que escribe la plantilla, en MB (por omisión:"
              + " ${DEFAULT-VALUE}).")
  int templateMegabytes;

  @Option(
      names = "--publico",
      description =
          "Edición pública: sin notas ni fuentes de los datos, y las cuentas de personas o"
              + " casos menores al umbral del plan como «menos de 5» (docs/transparencia.md)."
              + " Escribe informe-PERIODO-publico.pdf o .md.")
  boolean publico;

  @Mixin DateOption date;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    Period p = period.of(root.loadPlan());
    LocalDate issued = date.resolve(root.env);
    MarkdownTemplates markdown = format == Format.md ? templates() : null;
    Outputs outputs = root.outputs(data.paths(), templates);
    Outputs.Target target = outputs.check(target(p));
    if (markdown != null && target.stdout()) {
      throw new UsageException(
          "un informe Markdown no puede ir a la salida estándar (-o -): sus gráficas necesitan"
              + " una carpeta; indique un archivo .md con -o");
    }
    Evaluation evaluation = Inputs.evaluate(root, period, data).evaluation();
    ReportModel internal = ReportModel.of(evaluation, issued);
    ReportModel model = publico ? PublicEdition.of(internal, evaluation) : internal;
    ReportFiles.Written written;
    try {
      written =
          markdown == null
              ? ReportFiles.writePdf(model, issued == null ? p.endDate() : issued, outputs, target)
              : ReportFiles.writeMarkdown(model, markdown, outputs, target);
    } catch (TemplateProblem e) {
      root.err.println("mpi: " + e.getMessage());
      throw new InputErrorsException();
    }
    (target.stdout() ? root.err : root.out).println(written.message());
    return ExitCodes.OK;
  }

  /** The templates to use; a missing folder or report template is a usage error (exit 2). */
  private MarkdownTemplates templates() {
    if (templateSeconds < 1 || templateMegabytes < 1) {
      throw new UsageException(
          "--plantilla-segundos y --plantilla-mb deben ser 1 o más (por omisión: 10 y 20)");
    }
    return unlimitedTemplates()
        .limitedTo(
            java.time.Duration.ofSeconds(templateSeconds), templateMegabytes * 1024L * 1024L);
  }

  private MarkdownTemplates unlimitedTemplates() {
    if (templates == null) {
      return MarkdownTemplates.embedded();
    }
    if (!Files.isDirectory(templates)) {
      throw new UsageException("no existe la carpeta de plantillas: " + templates);
    }
    if (!Files.isRegularFile(templates.resolve(MarkdownTemplates.REPORT))) {
      throw new UsageException(
          "la carpeta de plantillas "
              + templates
              + " no contiene "
              + MarkdownTemplates.REPORT
              + " (para empezar, copie templates/informe.md.ftl; véase docs/informes.md)");
    }
    try {
      return MarkdownTemplates.of(templates);
    } catch (IOException e) {
      throw new UsageException(
          "no se pudo leer la carpeta de plantillas " + templates + ": " + IoReason.of(e));
    }
  }

  /** The output path: {@code -o} (a folder gets the default name inside), else the default name. */
  private Path target(Period p) {
    ReportFiles.Format f =
        format == Format.md ? ReportFiles.Format.MARKDOWN : ReportFiles.Format.PDF;
    if (templates != null && format != Format.md) {
      throw new UsageException("--templates sólo se usa con --format md");
    }
    String name = ReportFiles.defaultName(publico ? p.code() + "-publico" : p.code(), f);
    if (output == null) {
      return Path.of(name);
    }
    return Files.isDirectory(output) ? output.resolve(name) : output;
  }
}
