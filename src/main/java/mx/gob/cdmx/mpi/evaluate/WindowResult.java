package mx.gob.cdmx.mpi.evaluate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mx.gob.cdmx.mpi.measure.Measurement;

/**
 * One indicator's figures over one of its two windows (docs/metodologia.md §1): the period window
 * (the months of the report period) or the year-to-date window (January to the period's last
 * month). Figures are null where not computable; {@link IndicatorResult#reason()} says why.
 *
 * @param coverage the worst coverage among {@code realizadas} and the other declared variables the
 *     formula uses (docs/metodologia.md §2); for the year to date it is the indicator's published
 *     {@code coverage}
 * @param target the window's scheduled target, {@code target_period} or {@code target_to_date}
 *     (docs/metodologia.md §4); the whole target for a percentage, null without a numeric target or
 *     a schedule
 * @param realized the aggregate of {@code realizadas} over the window, {@code realized_period} or
 *     {@code realized_to_date} (docs/metodologia.md §3), shown even when the window is partial;
 *     null only when no row lies inside
 * @param result the formula's result, {@code result_period} or {@code result_to_date}
 *     (docs/metodologia.md §5), rounded half-up to one decimal (§8); null unless the window is
 *     complete and every name the formula uses has a value
 * @param baseline {@code realizadas} over the same months of the year before, else the plan's
 *     {@code linea_base} when the period is the whole year, else null: {@code baseline_period} or
 *     {@code baseline_to_date} (docs/metodologia.md §7)
 * @param bindings the values the formula was evaluated with on this window (variables, {@code
 *     programadas}, {@code meta}, {@code linea_base}, {@code anterior}; a name is absent when its
 *     value is unknown), so a renderer can print the formula worked with its numbers
 *     (docs/metodologia.md §5)
 * @param rows the indicator's rows lying entirely inside the window, of every variable, in the
 *     data's order; the period's are the rows whose notes and sources the report prints
 *     (docs/informes.md)
 */
public record WindowResult(
    Coverage coverage,
    BigDecimal target,
    BigDecimal realized,
    BigDecimal result,
    BigDecimal baseline,
    Map<String, BigDecimal> bindings,
    List<Measurement> rows) {

  public WindowResult {
    Objects.requireNonNull(coverage, "coverage");
    bindings = Map.copyOf(bindings);
    rows = List.copyOf(rows);
  }
}
