package mx.gob.cdmx.mpi.render.report;

import java.math.BigDecimal;
import java.util.List;

/** What the PDF and the SVG progress charts share: their scale and how labels are shortened. */
public final class ChartScale {

  private ChartScale() {}

  /**
   * The top of the percent scale for {@code rows}: 100, or the largest progress or expected value
   * rounded up to a multiple of 25, at most 200.
   */
  public static double of(List<IndicatorView> rows) {
    double max = 100;
    for (IndicatorView v : rows) {
      for (BigDecimal b : new BigDecimal[] {v.progress().value(), v.progress().expectedValue()}) {
        if (b != null) {
          max = Math.max(max, b.doubleValue());
        }
      }
    }
    return Math.min(200, Math.ceil(max / 25) * 25);
  }

  /** {@code text} cut to {@code max} code points, ending in "…" when cut. */
  public static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)).strip() + "…";
  }
}
