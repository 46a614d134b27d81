package mx.gob.cdmx.mpi.evaluate;

import java.math.BigDecimal;
import java.util.Objects;
import mx.gob.cdmx.mpi.formula.Formula;
import mx.gob.cdmx.mpi.plan.Indicator;

/**
 * The evaluation of one indicator for one report period (docs/metodologia.md): the figures of its
 * two windows and what is judged on the year to date. Figures are null where not computable, and
 * {@code reason} then says why in Spanish (docs/metodologia.md §10).
 *
 * @param indicator the plan's indicator
 * @param status the traffic light, judged on the year-to-date window (docs/metodologia.md §9)
 * @param overTarget the year-to-date result is above the plan's over-target threshold, for an
 *     indicator with a target (docs/metodologia.md §9)
 * @param target the plan's annual target ({@code meta}), null when the plan gives no figure
 *     (docs/metodologia.md §4)
 * @param progress realized to date / annual target × 100, rounded half-up to one decimal; null for
 *     a percentage target, without a numeric target or with incomplete data (docs/metodologia.md
 *     §6)
 * @param reason why figures are missing, the reasons joined with «; », or null when none is
 * @param period the figures of the period window (the report period's months)
 * @param toDate the figures of the year-to-date window (January to the period's last month)
 */
public record IndicatorResult(
    Indicator indicator,
    Status status,
    boolean overTarget,
    BigDecimal target,
    BigDecimal progress,
    String reason,
    WindowResult period,
    WindowResult toDate) {

  public IndicatorResult {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(toDate, "toDate");
  }

  /**
   * The formula the results were computed with: the plan's, or its inversion for a descending
   * indicator with the standard formula (see {@link Evaluator#formulaOf}).
   */
  public Formula formula() {
    return Evaluator.formulaOf(indicator);
  }
}
