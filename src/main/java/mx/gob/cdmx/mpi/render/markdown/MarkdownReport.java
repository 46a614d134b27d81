package mx.gob.cdmx.mpi.render.markdown;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.render.report.Glossary;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.PublicEdition;
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
    Map<String, String> trendFiles = trendFiles(model);
    boolean publicEdition = model.subtitle().endsWith(PublicEdition.MARK);
    int lastMonth = Period.parse(model.periodCode()).lastMonth();
    Map<String, FichaTrend> trends = new LinkedHashMap<>();
    for (IndicatorView v : model.indicators()) {
      String file = trendFiles.get(v.id());
      trends.put(
          v.id(),
          FichaTrend.of(
              v,
              model.year(),
              lastMonth,
              file == null ? null : link(chartsDir, file),
              publicEdition));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("report", model);
    data.put("charts", links);
    data.put("trends", trends);
    data.put("glossary", Glossary.entries(model.thresholds()));
    return new Rendered(templates.render(MarkdownTemplates.REPORT, data), charts);
  }

  /**
   * The chart files of a report: file name → SVG, in a fixed order: the status counts, the
   * progress, then the trend of every indicator that has something to draw, in plan order.
   */
  public static Map<String, String> charts(ReportModel model) {
    Map<String, String> charts = new LinkedHashMap<>();
    charts.put(STATUS_CHART, SvgCharts.statusCounts(model));
    charts.put(PROGRESS_CHART, SvgCharts.progress(model));
    Map<String, String> files = trendFiles(model);
    for (IndicatorView v : model.indicators()) {
      if (files.containsKey(v.id())) {
        charts.put(files.get(v.id()), SvgCharts.trend(v, model.year()));
      }
    }
    return charts;
  }

  /**
   * The trend chart's file name of each indicator with something to draw: {@code
   * tendencia-1-2-2a.svg}, every character of the id outside {@code A-Z a-z 0-9} written as a
   * hyphen, and a number added when two ids would share a name.
   */
  static Map<String, String> trendFiles(ReportModel model) {
    Map<String, String> files = new LinkedHashMap<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (IndicatorView v : model.indicators()) {
      if (v.months() == null || v.months().isEmpty()) {
        continue;
      }
      String base = "tendencia-" + v.id().replaceAll("[^A-Za-z0-9]", "-");
      String name = base + ".svg";
      for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
        name = base + "-" + n + ".svg";
      }
      files.put(v.id(), name);
    }
    return files;
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
