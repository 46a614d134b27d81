package mx.gob.cdmx.mpi.render.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mx.gob.cdmx.mpi.measure.DataSet;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Aggregation;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Variable;

/**
 * The months of one indicator's year as its ficha chart shows them: the target expected to date at
 * the end of each month (null without a scheduled numeric target) and {@code realizadas} to date at
 * the end of each month up to the report period (null where the rows do not cover January to that
 * month completely).
 */
public record MonthSeries(List<BigDecimal> expected, List<BigDecimal> realized) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public MonthSeries {
    expected = java.util.Collections.unmodifiableList(new ArrayList<>(expected));
    realized = java.util.Collections.unmodifiableList(new ArrayList<>(realized));
  }

  /** The series of {@code indicator} in the year of {@code period}, up to its last month. */
  public static MonthSeries of(Indicator indicator, DataSet data, Period period) {
    List<BigDecimal> expected = new ArrayList<>();
    boolean scheduled =
        indicator.hasTarget() && !indicator.isPercentTarget() && indicator.schedule() != null;
    for (int m = 1; m <= 12; m++) {
      expected.add(
          scheduled
              ? indicator
                  .target()
                  .multiply(indicator.schedule().at(m))
                  .divide(HUNDRED, MathContext.DECIMAL128)
              : null);
    }
    List<Measurement> rows =
        data.rows(indicator.id(), Variable.PRIMARY).stream()
            .filter(r -> r.period().year() == period.year())
            .toList();
    Aggregation aggregation =
        indicator.variable(Variable.PRIMARY).map(Variable::aggregation).orElse(Aggregation.SUM);
    List<BigDecimal> realized = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      realized.add(m <= period.lastMonth() ? toDate(rows, m, aggregation) : null);
    }
    return new MonthSeries(expected, realized);
  }

  /**
   * The words above the chart: what the line and the bars are, or that there are no bars when the
   * plan schedules no numeric target.
   */
  public String caption(String year) {
    String line =
        "Tendencia del año " + year + ": realizado acumulado al cierre de cada mes con datos";
    return expected.stream().anyMatch(v -> v != null)
        ? line + " (línea) contra la meta acumulada que espera el calendario (barras)."
        : line + " (línea); el plan no calendariza una meta numérica, así que no hay barras.";
  }

  /** True when there is nothing to draw. */
  public boolean isEmpty() {
    return expected.stream().allMatch(v -> v == null) && realized.stream().allMatch(v -> v == null);
  }

  /** The aggregate of the rows inside January..month when they cover every month of it. */
  private static BigDecimal toDate(List<Measurement> rows, int month, Aggregation aggregation) {
    boolean[] covered = new boolean[13];
    Arrays.fill(covered, false);
    BigDecimal sum = BigDecimal.ZERO;
    Measurement last = null;
    for (Measurement r : rows) {
      if (r.period().lastMonth() > month) {
        continue;
      }
      for (int m = r.period().firstMonth(); m <= r.period().lastMonth(); m++) {
        covered[m] = true;
      }
      sum = sum.add(r.value());
      if (last == null || r.period().lastMonth() >= last.period().lastMonth()) {
        last = r;
      }
    }
    for (int m = 1; m <= month; m++) {
      if (!covered[m]) {
        return null;
      }
    }
    return aggregation == Aggregation.LAST ? last.value() : sum;
  }
}
