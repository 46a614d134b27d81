package mx.gob.cdmx.mpi.render.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.gob.cdmx.mpi.output.Outputs;
import mx.gob.cdmx.mpi.render.markdown.MarkdownReport;
import mx.gob.cdmx.mpi.render.markdown.MarkdownTemplates;
import mx.gob.cdmx.mpi.render.markdown.TemplateProblem;
import mx.gob.cdmx.mpi.render.pdf.PdfReport;
import mx.gob.cdmx.mpi.render.report.ReportModel;

/**
 * Writes a report to disk all at once through {@link Outputs}: everything is rendered in memory
 * first; the Markdown and its chart folder are replaced as one unit (docs/seguridad.md).
 */
public final class ReportFiles {

  /** The formats a report is written in. */
  public enum Format {
    PDF(".pdf"),
    MARKDOWN(".md");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    /** The file extension, with its dot. */
    public String extension() {
      return extension;
    }
  }

  /** What was written: the report file, its pages (PDF) and the chart folder (Markdown). */
  public record Written(Outputs.Target file, int pages, String charts) {

    /** One Spanish line for the user: "Informe escrito en informe-2025-Q2.pdf (12 páginas)". */
    public String message() {
      if (charts == null) {
        return "Informe escrito en "
            + file
            + " ("
            + pages
            + (pages == 1 ? " página)" : " páginas)");
      }
      return "Informe escrito en " + file + " (gráficas en " + charts + "/)";
    }
  }

  private ReportFiles() {}

  /** The default file name of a report: {@code informe-2025-Q2.pdf}, {@code informe-2025.md}. */
  public static String defaultName(String periodCode, Format format) {
    return "informe-" + periodCode + format.extension();
  }

  /** Renders the PDF of {@code model} and writes it to {@code target}. */
  public static Written writePdf(
      ReportModel model, LocalDate documentDate, Outputs outputs, Outputs.Target target) {
    PdfReport.Rendered pdf = PdfReport.render(model, documentDate);
    outputs.write(target, pdf.bytes(), Outputs.Mode.DEFAULT);
    return new Written(target, pdf.pages(), null);
  }

  /**
   * Renders the Markdown of {@code model} with {@code templates}; writes it and its charts, in a
   * folder beside it named after their content ({@code informe-graficas-1a2b3c4d5e6f}).
   */
  public static Written writeMarkdown(
      ReportModel model, MarkdownTemplates templates, Outputs outputs, Outputs.Target target)
      throws TemplateProblem {
    Map<String, byte[]> charts = new LinkedHashMap<>();
    MarkdownReport.charts(model)
        .forEach((name, svg) -> charts.put(name, svg.getBytes(StandardCharsets.UTF_8)));
    Path file = target.stdout() ? Path.of("informe.md") : target.real();
    String folder = Outputs.chartsFolderName(file, charts);
    MarkdownReport.Rendered md = MarkdownReport.render(model, templates, folder);
    outputs.writeWithFolder(
        target,
        md.markdown().getBytes(StandardCharsets.UTF_8),
        folder,
        charts,
        Outputs.Mode.DEFAULT);
    return new Written(target, 0, folder);
  }
}
