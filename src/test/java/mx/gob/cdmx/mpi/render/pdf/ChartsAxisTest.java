package mx.gob.cdmx.mpi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

class ChartsAxisTest {

  private static double step(double scale) {
    JFreeChart chart = Charts.progress(List.of(), PdfFonts.load(), 500f, scale);
    return ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).getTickUnit().getSize();
  }

  @Test
  void progressAxisUpToOneHundredStepsByTwentyFive() {
    assertThat(step(100)).isEqualTo(25);
  }

  @Test
  void progressAxisPastOneHundredStepsByFiftySoLabelsDoNotOverlap() {
    // regression: at 175 % the labels «125 %», «150 %», «175 %» ran together
    assertThat(step(175)).isEqualTo(50);
    assertThat(step(200)).isEqualTo(50);
  }
}
