package mx.gob.cdmx.mpi.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthSeriesTest {

  private static List<BigDecimal> months(BigDecimal value) {
    return new ArrayList<>(Collections.nCopies(12, value));
  }

  @Test
  void chartWithoutScheduledTargetDoesNotPromiseBars() {
    // regression: 1.1.cc (no numeric target) said «contra la meta acumulada … (barras)» over a
    // chart that has no bars
    MonthSeries series = new MonthSeries(months(null), months(BigDecimal.ONE));

    assertThat(series.caption("2025"))
        .startsWith("Tendencia del año 2025: realizado acumulado al cierre de cada mes con datos")
        .contains("no hay barras")
        .doesNotContain("(barras)");
  }

  @Test
  void chartWithScheduleNamesTheBars() {
    MonthSeries series = new MonthSeries(months(BigDecimal.TEN), months(BigDecimal.ONE));

    assertThat(series.caption("2025"))
        .endsWith("contra la meta acumulada que espera el calendario (barras).");
  }
}
