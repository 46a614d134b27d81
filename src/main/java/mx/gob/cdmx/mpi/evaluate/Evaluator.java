package mx.gob.cdmx.mpi.evaluate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mx.gob.cdmx.mpi.formula.Formula;
import mx.gob.cdmx.mpi.measure.DataSet;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Direction;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Schedule;
import mx.gob.cdmx.mpi.plan.Thresholds;
import mx.gob.cdmx.mpi.plan.Variable;

/**
 * Evaluates every indicator of a plan for one report period, as {@code docs/metodologia.md}
 * describes: windows, coverage, scheduled targets, realized figures, formula results, progress,
 * baselines, status and the reason for every missing figure.
 */
public final class Evaluator {

  private static final Formula INVERTED = Formula.parse("programadas / realizadas * 100");

  /** Points (numerator, denominator) at which a ratio formula is checked. */
  private static final int[][] PROBES = {{1, 1}, {3, 7}, {10, 4}, {0, 5}, {13, 2}};

  private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

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
   * The formula the evaluation uses: the plan's, except that a descending indicator whose formula
   * is the attainment {@code realizadas / programadas × 100} (however written: {@code 100 *
   * realizadas / programadas} too) is evaluated inverted, {@code programadas / realizadas * 100}
   * (see {@code docs/metodologia.md}).
   */
  public static Formula formulaOf(Indicator indicator) {
    if (indicator.direction() == Direction.DESCENDING && isAttainment(indicator.formula())) {
      return INVERTED;
    }
    return indicator.formula();
  }

  /**
   * True when {@code formula} computes realizadas / programadas × 100: it uses exactly those two
   * variables and gives that value at every probe point. Decided by what the formula computes, not
   * by how its text is written.
   */
  static boolean isAttainment(Formula formula) {
    return computesPercentRatio(formula, Variable.PRIMARY, Variable.PROGRAMADAS);
  }

  /**
   * True when {@code formula} computes {@code numerator / denominator × 100}: it uses exactly those
   * two names and gives that value at every probe point, however its text is written.
   */
  static boolean computesPercentRatio(Formula formula, String numerator, String denominator) {
    if (!formula.variables().equals(Set.of(numerator, denominator))) {
      return false;
    }
    for (int[] p : PROBES) {
      BigDecimal top = BigDecimal.valueOf(p[0]);
      BigDecimal bottom = BigDecimal.valueOf(p[1]);
      BigDecimal expected = top.multiply(HUNDRED).divide(bottom, MathContext.DECIMAL64);
      Optional<BigDecimal> value =
          formula.evaluate(Map.of(numerator, top, denominator, bottom)).asOptional();
      if (value.isEmpty() || value.get().subtract(expected).abs().compareTo(TOLERANCE) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The traffic-light status of one window (docs/metodologia.md §9): the first of no target, no
   * data, partial, not due (window target 0), then green, yellow or red by {@code result}. The
   * evaluation judges the year to date with it; the documents also show the period's own.
   */
  public static Status statusOf(
      Indicator indicator,
      Thresholds thresholds,
      Coverage coverage,
      BigDecimal target,
      BigDecimal result) {
    if (!indicator.hasTarget()) {
      return Status.NO_TARGET;
    }
    if (coverage == Coverage.NONE) {
      return Status.NO_DATA;
    }
    if (coverage == Coverage.PARTIAL) {
      return Status.PARTIAL;
    }
    if (target != null && target.signum() == 0) {
      return Status.NOT_DUE;
    }
    if (result == null) {
      return Status.NO_DATA;
    }
    if (result.compareTo(thresholds.green()) >= 0) {
      return Status.GREEN;
    }
    return result.compareTo(thresholds.yellow()) >= 0 ? Status.YELLOW : Status.RED;
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
