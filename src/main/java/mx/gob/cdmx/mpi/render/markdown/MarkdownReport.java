package mx.gob.cdmx.mpi.render.markdown;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.gob.cdmx.mpi.render.report.Glossary;
import mx.gob.cdmx.mpi.render.report.ReportModel;

/** A report as Markdown from the templates, and the SVG charts it shows beside it. */
public final class MarkdownReport {

  /** The file name of the status-count chart inside the charts folder. */
  public static final String STATUS_CHART = "estados.svg";

  /** The file name of the progress chart inside the charts folder. */
  public static final String PROGRESS_CHART = "avance.svg";

  private MarkdownReport() {}

  /**
   * The Markdown text and its charts (file name → SVG, in a fixed order). {@code chartsDir} is the
   * folder of the charts relative to the Markdown file, as the image links will name it.
   */
  public static Rendered render(ReportModel model, MarkdownTemplates templates, String chartsDir)
      throws TemplateProblem {
    Map<String, String> charts = charts(model);
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("status", link(chartsDir, STATUS_CHART));
    links.put("progress", link(chartsDir, PROGRESS_CHART));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("report", model);
    data.put("charts", links);
    data.put("glossary", Glossary.entries(model.thresholds()));
    return new Rendered(templates.render(MarkdownTemplates.REPORT, data), charts);
  }

  /** The chart files of a report: file name → SVG, in a fixed order. */
  public static Map<String, String> charts(ReportModel model) {
    Map<String, String> charts = new LinkedHashMap<>();
    charts.put(STATUS_CHART, SvgCharts.statusCounts(model));
    charts.put(PROGRESS_CHART, SvgCharts.progress(model));
    return charts;
  }

  /** The rendered report: the Markdown text and the chart files it links to. */
  public record Rendered(String markdown, Map<String, String> charts) {
    public Rendered {
      charts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(charts));
    }
  }

  /** A relative link with every byte outside {@code A-Z a-z 0-9 - . _ ~ /} percent-encoded. */
  static String link(String dir, String file) {
    String path = dir.isEmpty() ? file : dir + "/" + file;
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return sb.toString();
  }
}
