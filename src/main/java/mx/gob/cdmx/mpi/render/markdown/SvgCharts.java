package mx.gob.cdmx.mpi.render.markdown;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import mx.gob.cdmx.mpi.render.EsMx;
import mx.gob.cdmx.mpi.render.report.ChartScale;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.MonthSeries;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import mx.gob.cdmx.mpi.render.report.StatusCount;

/**
 * The report's charts as standalone SVG files that GitHub and GitLab show as images: plain shapes
 * and text (escaped), figures in es-MX, the colour of a status always beside its word.
 */
public final class SvgCharts {

  private static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
  private static final String INK = "#111827";
  private static final String MUTED = "#4B5563";
  private static final String GRID = "#E5E7EB";
  private static final String TRACK = "#F3F4F6";
  private static final int NAME_CHARS = 40;

  private SvgCharts() {}

  /** Horizontal bars: how many indicators have each status, with count and share. */
  public static String statusCounts(ReportModel model) {
    List<StatusCount> counts = model.summary();
    int max = Math.max(1, counts.stream().mapToInt(StatusCount::count).max().orElse(1));
    int width = 640;
    int rowHeight = 28;
    int top = 44;
    int height = top + counts.size() * rowHeight + 12;
    double labelRight = 190;
    double barLeft = 200;
    double barMax = 330;
    Svg svg = new Svg(width, height, "Indicadores por estado del semáforo, " + model.title());
    svg.text(
        12,
        22,
        "Indicadores por estado (" + model.indicatorCount() + " en total)",
        14,
        "bold",
        INK,
        "start");
    for (int i = 0; i < counts.size(); i++) {
      StatusCount c = counts.get(i);
      double y = top + i * rowHeight;
      double length = barMax * c.count() / max;
      svg.text(labelRight, y + 14, c.status().word(), 12, "normal", INK, "end");
      svg.rect(barLeft, y + 2, Math.max(length, c.count() > 0 ? 2 : 0), 16, c.status().color());
      String figure = c.count() + " (" + c.share() + ")";
      svg.text(barLeft + length + 6, y + 14, figure, 12, "normal", MUTED, "start");
    }
    return svg.end();
  }

  /**
   * One row per indicator with a scheduled numeric target: a bar for the progress toward the annual
   * goal (coloured by status, its word written beside it), a black mark where the schedule expects
   * it to be, and the 100 % line of the annual goal.
   */
  /** Where the progress bars start and how long 100 % of the scale is, in SVG units. */
  private static final double PROGRESS_LEFT = 330;

  private static final double PROGRESS_WIDTH = 280;

  public static String progress(ReportModel model) {
    List<IndicatorView> rows = model.charted();
    double scale = ChartScale.of(rows);
    int width = 880;
    int rowHeight = 26;
    int top = 78;
    int height = top + Math.max(1, rows.size()) * rowHeight + 34;
    Svg svg =
        new Svg(
            width,
            height,
            "Avance acumulado de cada indicador hacia su meta anual frente al calendario, "
                + model.title());
    svg.text(
        12, 22, "Avance hacia la meta anual al " + model.cutoffDate(), 14, "bold", INK, "start");
    svg.rect(12, 34, 22, 10, MUTED);
    svg.text(40, 43, "avance acumulado (color y palabra: estado)", 11, "normal", MUTED, "start");
    svg.line(330, 32, 330, 46, INK, 2.5, null);
    svg.text(338, 43, "esperado según el calendario", 11, "normal", MUTED, "start");
    svg.line(530, 32, 530, 46, INK, 1, "4 3");
    svg.text(538, 43, "meta anual (100 %)", 11, "normal", MUTED, "start");
    double bottom = top + rows.size() * rowHeight;
    for (int tick = 0; tick <= scale; tick += 25) {
      double x = PROGRESS_LEFT + PROGRESS_WIDTH * tick / scale;
      svg.line(x, top - 6, x, bottom, tick == 100 ? INK : GRID, 1, tick == 100 ? "4 3" : null);
      svg.text(x, bottom + 16, tick + " %", 10, "normal", MUTED, "middle");
    }
    if (rows.isEmpty()) {
      svg.text(
          PROGRESS_LEFT,
          top + 16,
          "Ningún indicador tiene una meta numérica calendarizada.",
          12,
          "normal",
          MUTED,
          "start");
    }
    for (int i = 0; i < rows.size(); i++) {
      progressRow(svg, rows.get(i), top + i * rowHeight, scale);
    }
    return svg.end();
  }

  /** One indicator's row: id and name, the track, its bar and label, the expected mark. */
  private static void progressRow(Svg svg, IndicatorView v, double y, double scale) {
    svg.text(12, y + 15, v.id(), 12, "bold", INK, "start");
    svg.text(62, y + 15, ChartScale.shorten(v.name(), NAME_CHARS), 11, "normal", INK, "start");
    svg.rect(PROGRESS_LEFT, y + 4, PROGRESS_WIDTH * Math.min(100, scale) / scale, 14, TRACK);
    String label;
    double end = PROGRESS_LEFT;
    if (v.progress().value() != null) {
      double value = Math.min(v.progress().value().doubleValue(), scale);
      end = PROGRESS_LEFT + PROGRESS_WIDTH * value / scale;
      svg.rect(PROGRESS_LEFT, y + 4, end - PROGRESS_LEFT, 14, v.status().color());
      label = v.progress().text() + " · " + v.statusText();
    } else {
      label = v.status().word();
    }
    if (v.progress().expectedValue() != null) {
      double x =
          PROGRESS_LEFT
              + PROGRESS_WIDTH
                  * Math.min(v.progress().expectedValue().doubleValue(), scale)
                  / scale;
      svg.line(x, y + 1, x, y + 21, INK, 2.5, null);
    }
    double labelX =
        Math.max(end, PROGRESS_LEFT + PROGRESS_WIDTH * Math.min(100, scale) / scale) + 8;
    svg.text(
        labelX, y + 15, label, 11, "normal", v.progress().value() == null ? MUTED : INK, "start");
  }

  private static final String[] MONTHS = {
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"
  };

  /** The bars of the cumulative target, as in the PDF ficha. */
  private static final String EXPECTED = "#CBD5E1";

  /** The line of the realized to date, as in the PDF ficha. */
  private static final String REALIZED = "#9F2241";

  private static final double TREND_LEFT = 56;
  private static final double TREND_TOP = 40;
  private static final double TREND_WIDTH = 568;
  private static final double TREND_HEIGHT = 150;

  /**
   * The year's trend of one indicator (its ficha chart): for each month, the cumulative target the
   * schedule expects (grey bars, when there is one) and the realized to date at the close of each
   * month with data (a line with points, each with its figure), as the PDF ficha draws it.
   */
  public static String trend(IndicatorView v, String year) {
    MonthSeries series = v.months();
    double step = tickStep(highest(series));
    int ticks = (int) Math.ceil(highest(series) / step - 1e-9);
    double max = step * ticks;
    Svg svg =
        new Svg(
            640,
            236,
            "Tendencia de "
                + v.id()
                + " en "
                + year
                + ": realizado acumulado al cierre de cada mes con datos frente a la meta"
                + " acumulada del calendario");
    svg.text(12, 22, "Tendencia de " + v.id() + " en " + year, 14, "bold", INK, "start");
    double bottom = TREND_TOP + TREND_HEIGHT;
    for (int i = 0; i <= ticks; i++) {
      double y = bottom - TREND_HEIGHT * i / ticks;
      svg.line(TREND_LEFT, y, TREND_LEFT + TREND_WIDTH, y, i == 0 ? INK : GRID, 1, null);
      svg.text(
          TREND_LEFT - 6,
          y + 4,
          EsMx.number(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(i))),
          10,
          "normal",
          MUTED,
          "end");
    }
    double slot = TREND_WIDTH / 12;
    boolean scheduled = false;
    for (int m = 0; m < 12; m++) {
      BigDecimal e = series.expected().get(m);
      double cx = TREND_LEFT + slot * m + slot / 2;
      if (e != null) {
        scheduled = true;
        double h = TREND_HEIGHT * e.doubleValue() / max;
        svg.rect(cx - slot * 0.3, bottom - h, slot * 0.6, h, EXPECTED);
      }
      svg.text(cx, bottom + 15, MONTHS[m], 10, "normal", INK, "middle");
    }
    realizedLine(svg, series, slot, max);
    trendLegend(svg, scheduled);
    return svg.end();
  }

  /** The realized to date: points joined across months without data, each with its figure. */
  private static void realizedLine(Svg svg, MonthSeries series, double slot, double max) {
    double bottom = TREND_TOP + TREND_HEIGHT;
    double px = -1;
    double py = -1;
    for (int m = 0; m < 12; m++) {
      BigDecimal r = series.realized().get(m);
      if (r == null) {
        continue;
      }
      double x = TREND_LEFT + slot * m + slot / 2;
      double y = bottom - TREND_HEIGHT * r.doubleValue() / max;
      if (px >= 0) {
        svg.line(px, py, x, y, REALIZED, 2, null);
      }
      px = x;
      py = y;
    }
    for (int m = 0; m < 12; m++) {
      BigDecimal r = series.realized().get(m);
      if (r != null) {
        double x = TREND_LEFT + slot * m + slot / 2;
        double y = bottom - TREND_HEIGHT * r.doubleValue() / max;
        svg.circle(x, y, 3.5, REALIZED);
        svg.text(x, y - 7, EsMx.number(r), 10, "bold", INK, "middle");
      }
    }
  }

  private static void trendLegend(Svg svg, boolean scheduled) {
    double y = TREND_TOP + TREND_HEIGHT + 36;
    svg.line(TREND_LEFT, y - 4, TREND_LEFT + 22, y - 4, REALIZED, 2, null);
    svg.circle(TREND_LEFT + 11, y - 4, 3.5, REALIZED);
    svg.text(TREND_LEFT + 28, y, "Realizado acumulado", 11, "normal", MUTED, "start");
    if (scheduled) {
      svg.rect(TREND_LEFT + 190, y - 10, 14, 10, EXPECTED);
      svg.text(
          TREND_LEFT + 210,
          y,
          "Meta acumulada que espera el calendario",
          11,
          "normal",
          MUTED,
          "start");
    }
  }

  /** The highest figure of the series, at least 1. */
  private static double highest(MonthSeries series) {
    double max = 1;
    for (int m = 0; m < 12; m++) {
      for (BigDecimal v : new BigDecimal[] {series.expected().get(m), series.realized().get(m)}) {
        if (v != null) {
          max = Math.max(max, v.doubleValue());
        }
      }
    }
    return max;
  }

  /**
   * The distance between the axis's ticks: the smallest of 1, 2 or 5 times a power of ten that
   * draws {@code max} with at most five steps.
   */
  static double tickStep(double max) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(max / 5)));
    for (double step : new double[] {1, 2, 5}) {
      if (step * magnitude * 5 >= max - 1e-9) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** The text escaped for SVG/XML content and attributes; control characters become spaces. */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                  if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') {
                    out.append(' ');
                  } else {
                    out.appendCodePoint(cp);
                  }
                }
              }
            });
    return out.toString();
  }

  /** A tiny SVG writer: coordinates in plain decimals, text escaped for XML. */
  private static final class Svg {
    private final StringBuilder sb = new StringBuilder();

    Svg(int width, int height, String title) {
      sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(height)
          .append("\" viewBox=\"0 0 ")
          .append(width)
          .append(' ')
          .append(height)
          .append("\" role=\"img\" aria-label=\"")
          .append(xml(title))
          .append("\" font-family=\"")
          .append(FONT)
          .append("\">\n");
      sb.append("<title>").append(xml(title)).append("</title>\n");
      sb.append("<rect x=\"0\" y=\"0\" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(height)
          .append("\" fill=\"#FFFFFF\"/>\n");
    }

    void rect(double x, double y, double w, double h, String fill) {
      sb.append("<rect x=\"")
          .append(n(x))
          .append("\" y=\"")
          .append(n(y))
          .append("\" width=\"")
          .append(n(w))
          .append("\" height=\"")
          .append(n(h))
          .append("\" fill=\"")
          .append(fill)
          .append("\"/>\n");
    }

    void circle(double cx, double cy, double r, String fill) {
      sb.append("<circle cx=\"")
          .append(n(cx))
          .append("\" cy=\"")
          .append(n(cy))
          .append("\" r=\"")
          .append(n(r))
          .append("\" fill=\"")
          .append(fill)
          .append("\"/>\n");
    }

    void line(
        double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
      sb.append("<line x1=\"")
          .append(n(x1))
          .append("\" y1=\"")
          .append(n(y1))
          .append("\" x2=\"")
          .append(n(x2))
          .append("\" y2=\"")
          .append(n(y2))
          .append("\" stroke=\"")
          .append(stroke)
          .append("\" stroke-width=\"")
          .append(n(width))
          .append('"');
      if (dash != null) {
        sb.append(" stroke-dasharray=\"").append(dash).append('"');
      }
      sb.append("/>\n");
    }

    void text(
        double x, double y, String text, int size, String weight, String fill, String anchor) {
      sb.append("<text x=\"")
          .append(n(x))
          .append("\" y=\"")
          .append(n(y))
          .append("\" font-size=\"")
          .append(size)
          .append('"');
      if (!"normal".equals(weight)) {
        sb.append(" font-weight=\"").append(weight).append('"');
      }
      if (!"start".equals(anchor)) {
        sb.append(" text-anchor=\"").append(anchor).append('"');
      }
      sb.append(" fill=\"").append(fill).append("\">").append(xml(text)).append("</text>\n");
    }

    String end() {
      return sb.append("</svg>\n").toString();
    }

    private static String n(double v) {
      String s = String.format(Locale.ROOT, "%.1f", v);
      return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
  }
}
