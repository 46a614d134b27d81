package mx.gob.cdmx.mpi.evaluate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mx.gob.cdmx.mpi.formula.Formula;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.plan.Indicator;

/**
 * The evaluation of one indicator for one report period (docs/metodologia.md). Figures are null
 * where not computable, and {@code reason} then says why in Spanish. Percentages ({@code
 * resultPeriod}, {@code resultToDate}, {@code progress}) are already rounded half-up to one
 * decimal. {@code bindingsPeriod} and {@code bindingsToDate} hold the values the formula was
 * evaluated with (variables, {@code programadas}, {@code meta}, {@code linea_base}, {@code
 * anterior}; absent when unknown), so a renderer can print the formula worked with its numbers.
 * {@code periodRows} are the rows inside the period window (their notes are the period's notes).
 */
public record IndicatorResult(
    Indicator indicator,
    Status status,
    boolean overTarget,
    Coverage coverage,
    Coverage periodCoverage,
    BigDecimal target,
    BigDecimal targetPeriod,
    BigDecimal targetToDate,
    BigDecimal realizedPeriod,
    BigDecimal realizedToDate,
    BigDecimal resultPeriod,
    BigDecimal resultToDate,
    BigDecimal progress,
    BigDecimal baselinePeriod,
    BigDecimal baselineToDate,
    String reason,
    Map<String, BigDecimal> bindingsPeriod,
    Map<String, BigDecimal> bindingsToDate,
    List<Measurement> periodRows) {

  public IndicatorResult {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(periodCoverage, "periodCoverage");
    bindingsPeriod = Map.copyOf(bindingsPeriod);
    bindingsToDate = Map.copyOf(bindingsToDate);
    periodRows = List.copyOf(periodRows);
  }

  /**
   * The formula the results were computed with: the plan's, or its inversion for a descending
   * indicator with the standard formula (see {@link Evaluator#formulaOf}).
   */
  public Formula formula() {
    return Evaluator.formulaOf(indicator);
  }
}
