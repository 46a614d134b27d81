package mx.gob.cdmx.mpi.evaluate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import mx.gob.cdmx.mpi.formula.Formula;
import mx.gob.cdmx.mpi.measure.DataSet;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Direction;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Schedule;

/**
 * Evaluates every indicator of a plan for one report period, as SPEC §5 and {@code
 * docs/metodologia.md} describe: windows, coverage, scheduled targets, realized figures, formula
 * results, progress, baselines, status and the reason for every missing figure.
 */
public final class Evaluator {

  private static final Formula INVERTED = Formula.parse("programadas / realizadas * 100");

  private static final List<String> STANDARD_FORMS =
      List.of("realizadas/programadas*100", "(realizadas/programadas)*100");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Evaluator() {}

  /**
   * The evaluation of every indicator of {@code plan}, in plan order, for {@code period}, which
   * must be of the plan's year; {@code data} may also hold the previous year's rows (baselines).
   */
  public static Evaluation evaluate(Plan plan, DataSet data, Period period) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(period, "period");
    if (period.year() != plan.year()) {
      throw new IllegalArgumentException(
          "period " + period + " is not of the plan's year " + plan.year());
    }
    List<IndicatorResult> results =
        plan.indicators().stream()
            .map(i -> new IndicatorEvaluation(plan.thresholds(), i, data, period).result())
            .toList();
    return new Evaluation(plan, period, data, results);
  }

  /**
   * The formula the evaluation uses: the plan's, except that a descending indicator with the
   * standard {@code realizadas / programadas * 100} is evaluated inverted, {@code programadas /
   * realizadas * 100} (SPEC §5).
   */
  public static Formula formulaOf(Indicator indicator) {
    if (indicator.direction() == Direction.DESCENDING
        && STANDARD_FORMS.contains(indicator.formula().text().replaceAll("\\s+", ""))) {
      return INVERTED;
    }
    return indicator.formula();
  }

  /**
   * The target of the period window: the whole target for a percentage, {@code target × (F(end of
   * P) − F(month before P)) / 100} otherwise; null without a numeric target or a schedule.
   */
  public static BigDecimal targetPeriod(Indicator indicator, Period period) {
    if (!indicator.hasTarget()) {
      return null;
    }
    if (indicator.isPercentTarget()) {
      return Decimals.plain(indicator.target());
    }
    Schedule s = indicator.schedule();
    if (s == null) {
      return null;
    }
    BigDecimal share = s.at(period.lastMonth()).subtract(s.at(period.firstMonth() - 1));
    return scheduled(indicator.target(), share);
  }

  /**
   * The target of the to-date window: the whole target for a percentage, {@code target × F(end of
   * P) / 100} otherwise; null without a numeric target or a schedule.
   */
  public static BigDecimal targetToDate(Indicator indicator, Period period) {
    if (!indicator.hasTarget()) {
      return null;
    }
    if (indicator.isPercentTarget()) {
      return Decimals.plain(indicator.target());
    }
    Schedule s = indicator.schedule();
    if (s == null) {
      return null;
    }
    return scheduled(indicator.target(), s.at(period.lastMonth()));
  }

  private static BigDecimal scheduled(BigDecimal target, BigDecimal percent) {
    return Decimals.plain(target.multiply(percent).divide(HUNDRED, MathContext.DECIMAL128));
  }
}
