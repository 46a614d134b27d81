package mx.gob.cdmx.mpi.render.site;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The trend of one indicator as inline SVG: a bar per closed period of the year (the to-date
 * figure), the schedule's expectation as a mark, every figure written on the chart; a withheld
 * figure has no bar and reads "reservado" or "menos de 5". The page puts the same figures in a
 * table beside it, which is the chart's accessible twin.
 */
final class TrendChart {

  /** One point: the period's label, its figure (null when withheld or missing) and its text. */
  record Point(
      String label, BigDecimal value, String text, BigDecimal expected, String expectedText) {}

  private static final String INK = "#1F2937";
  private static final String GRID = "#D1D5DB";
  private static final String BAR = "#235B4E";
  private static final String MARK = "#691C32";

  private TrendChart() {}

  /** The SVG of {@code points}; {@code percent} when the figures are percentages. */
  static String svg(String id, String title, List<Point> points, boolean percent) {
    int width = 480;
    int height = 240;
    int left = 56;
    int right = 16;
    int top = 24;
    int bottom = 48;
    double max = niceMax(highest(points, percent ? 100 : 4));
    double plotH = height - top - bottom;
    double plotW = width - left - right;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-titulo\" class=\"grafica\" focusable=\"false\">");
    s.append("<title id=\"").append(id).append("-titulo\">").append(esc(title)).append("</title>");
    for (int i = 0; i <= 4; i++) {
      double v = max * i / 4;
      double y = top + plotH - plotH * i / 4;
      s.append(line(left, y, width - right, y, GRID));
      s.append(text(left - 6, y + 4, format(v) + (percent ? " %" : ""), "end", 13));
    }
    int n = Math.max(1, points.size());
    double slot = plotW / n;
    double barW = Math.min(72, slot * 0.5);
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      double cx = left + slot * i + slot / 2;
      bar(s, p, cx, barW, top + plotH, plotH, max);
      s.append(text(cx, height - bottom + 20, p.label(), "middle", 13));
    }
    s.append(line(left, top + plotH, width - right, top + plotH, INK));
    s.append("</svg>");
    return s.toString();
  }

  /** The highest value or expected value among {@code points}, at least {@code floor}. */
  private static double highest(List<Point> points, double floor) {
    double max = floor;
    for (Point p : points) {
      if (p.value() != null) {
        max = Math.max(max, p.value().doubleValue());
      }
      if (p.expected() != null) {
        max = Math.max(max, p.expected().doubleValue());
      }
    }
    return max;
  }

  /**
   * One point's bar with its figure above it (or the figure alone on the axis when there is no
   * value) and its expected value as a dashed mark; {@code base} is the axis's y; {@code plotH}
   * pixels stand for {@code max}.
   */
  private static void bar(
      StringBuilder s, Point p, double cx, double barW, double base, double plotH, double max) {
    if (p.value() != null) {
      double h = plotH * p.value().doubleValue() / max;
      s.append("<rect x=\"")
          .append(fmt(cx - barW / 2))
          .append("\" y=\"")
          .append(fmt(base - h))
          .append("\" width=\"")
          .append(fmt(barW))
          .append("\" height=\"")
          .append(fmt(h))
          .append("\" fill=\"")
          .append(BAR)
          .append("\"/>");
      s.append(text(cx, base - h - 6, p.text(), "middle", 13));
    } else {
      s.append(text(cx, base - 6, p.text(), "middle", 13));
    }
    if (p.expected() != null) {
      double y = base - plotH * p.expected().doubleValue() / max;
      s.append("<path d=\"M")
          .append(fmt(cx - barW / 2 - 6))
          .append(' ')
          .append(fmt(y))
          .append("H")
          .append(fmt(cx + barW / 2 + 6))
          .append("\" stroke=\"")
          .append(MARK)
          .append("\" stroke-width=\"3\" stroke-dasharray=\"6 3\"/>");
    }
  }

  private static double niceMax(double max) {
    double[] steps = {1, 2, 2.5, 5, 10};
    double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(max, 1e-9))));
    for (double step : steps) {
      if (step * magnitude >= max) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String line(double x1, double y1, double x2, double y2, String color) {
    return "<path d=\"M"
        + fmt(x1)
        + ' '
        + fmt(y1)
        + "L"
        + fmt(x2)
        + ' '
        + fmt(y2)
        + "\" stroke=\""
        + color
        + "\" stroke-width=\"1\"/>";
  }

  private static String text(double x, double y, String text, String anchor, int size) {
    return "<text x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y)
        + "\" text-anchor=\""
        + anchor
        + "\" font-size=\""
        + size
        + "\" fill=\""
        + INK
        + "\">"
        + esc(text)
        + "</text>";
  }

  private static String format(double v) {
    return v == Math.rint(v)
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%,.1f", v);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
