package mx.gob.cdmx.mpi.render.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One indicator of the report, every figure already written in es-MX ("1,234.5", "75.0 %", "—" when
 * missing). {@code target} is the annual target alone ("4", "100 %"), {@code annualGoal} the same
 * with its unit ("4 sesiones", "1 (actividades)", "100 %", "sin meta numérica"). {@code
 * workedPeriod} and {@code workedToDate} show the formula with its numbers, e.g. "(3 / 4) × 100 =
 * 75.0 %". {@code reason} says why a figure is missing (null when none is). {@code charted} is true
 * when the indicator has a scheduled numeric target not in %, i.e. a place on the progress chart;
 * {@code expectedProgress} (the schedule's cumulative % at the end of the period) is null
 * otherwise. {@code progressNote} says it in one phrase: "50.0 % (esperado según el calendario:
 * 50.0 %)", or why there is no progress figure. {@code progressValue} and {@code expectedValue} are
 * the progress figures as numbers, for charts. {@code responsible} and {@code informationSource}
 * say so when the plan gives none.
 */
public record IndicatorView(
    String id,
    String name,
    String programId,
    StatusView status,
    boolean overTarget,
    String statusText,
    String coverage,
    String unit,
    String goal,
    String target,
    String annualGoal,
    String targetPeriod,
    String targetToDate,
    String realizedPeriod,
    String realizedToDate,
    String resultPeriod,
    String resultToDate,
    String formula,
    String calculationMethod,
    String workedPeriod,
    String workedToDate,
    String progress,
    String expectedProgress,
    String progressNote,
    BigDecimal progressValue,
    BigDecimal expectedValue,
    boolean charted,
    String baselinePeriod,
    String baselineToDate,
    String baselineLabel,
    String baselineComparison,
    String baselinePlan,
    String responsible,
    String informationSource,
    List<NoteView> notes,
    List<String> dataSources,
    String reason) {

  public IndicatorView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusText, "statusText");
    Objects.requireNonNull(workedPeriod, "workedPeriod");
    Objects.requireNonNull(workedToDate, "workedToDate");
    notes = List.copyOf(notes);
    dataSources = List.copyOf(dataSources);
  }
}
