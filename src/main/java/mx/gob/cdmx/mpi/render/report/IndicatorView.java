package mx.gob.cdmx.mpi.render.report;

import java.util.List;
import java.util.Objects;

/**
 * One indicator as every document shows it (report PDF, Markdown, packet), built once by {@link
 * ReportModel#of}; every figure already written in es-MX ("1,234.5", "75.0 %", "—" when missing).
 * {@code periodStatus} is the period's own status (its result judged alone with the same
 * thresholds; «Sin meta en el periodo» when the schedule programs nothing in it), shown beside the
 * to-date {@code status}, which is the one the traffic light judges. The parts: {@code target}
 * (annual target), {@code period} and {@code toDate} (the figures of each window), {@code formula}
 * (the formula the figures were computed with, as text), {@code formulaWords} (the same in Spanish
 * words: «realizadas entre programadas, por 100»), {@code progress} (towards the annual target),
 * {@code baseline} (against the previous year), {@code comparison} (the base each window's result
 * is compared with: last year's baseline, or for a growth formula the base it divided by, labelled
 * «variación respecto de …»), {@code plan} (what the plan says), {@code notes} (of the period's
 * rows), {@code dataSources} (distinct sources of the period's rows), {@code reason} (why a figure
 * is missing, null when none is) and {@code months} (to-date figures month by month, for the
 * ficha's chart).
 */
public record IndicatorView(
    String id,
    String name,
    String programId,
    StatusView status,
    boolean overTarget,
    String statusText,
    StatusView periodStatus,
    String coverage,
    TargetView target,
    FiguresView period,
    FiguresView toDate,
    String formula,
    String formulaWords,
    ProgressView progress,
    BaselineView baseline,
    ComparisonView comparison,
    PlanTextView plan,
    List<NoteView> notes,
    List<String> dataSources,
    String reason,
    String lastNote,
    MonthSeries months) {

  public IndicatorView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusText, "statusText");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(toDate, "toDate");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(plan, "plan");
    notes = List.copyOf(notes);
    dataSources = List.copyOf(dataSources);
  }

  /** True when the indicator has a place on the progress chart. */
  public boolean charted() {
    return progress.charted();
  }
}
