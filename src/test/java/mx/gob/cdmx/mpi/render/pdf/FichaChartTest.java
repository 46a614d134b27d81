package mx.gob.cdmx.mpi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mx.gob.cdmx.mpi.render.report.MonthSeries;
import org.junit.jupiter.api.Test;

class FichaChartTest {

  /**
   * Regression: with quarterly data (a point in March and one in June) the month-by-month chart
   * drew two loose points although its legend shows a line. Drawn without the expected bars, the
   * pixels on the straight line between the two points must be the line's colour.
   */
  @Test
  void monthChartJoinsQuarterlyPoints() {
    List<BigDecimal> none = new ArrayList<>(Collections.nCopies(12, (BigDecimal) null));
    List<BigDecimal> realized = new ArrayList<>(none);
    realized.set(2, BigDecimal.ONE);
    realized.set(5, BigDecimal.ONE);
    BufferedImage img =
        FichaChart.chart(new MonthSeries(none, realized), PdfFonts.load())
            .createBufferedImage(600, 300);
    int lineRgb = PdfColors.ACCENT.getRGB();
    // both points have the same value, so the line is horizontal: find the row of the March point
    int marchX = -1;
    int y = -1;
    for (int yy = 0; yy < 300 && y < 0; yy++) {
      for (int xx = 0; xx < 600; xx++) {
        if (img.getRGB(xx, yy) == lineRgb) {
          marchX = xx;
          y = yy;
          break;
        }
      }
    }
    assertThat(y).as("se dibujó algún punto").isNotNegative();
    int count = 0;
    for (int xx = 0; xx < 600; xx++) {
      for (int dy = 0; dy <= 6; dy++) {
        if (y + dy < 300 && img.getRGB(xx, y + dy) == lineRgb) {
          count++;
          break;
        }
      }
    }
    // a line from March to June spans about a quarter of the plot width; two points alone are ~10
    // px
    assertThat(count).as("píxeles de la línea desde x=%d", marchX).isGreaterThan(80);
    assertThat(new Color(lineRgb)).isEqualTo(PdfColors.ACCENT);
  }
}
