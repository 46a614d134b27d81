package mx.gob.cdmx.mpi.render.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import mx.gob.cdmx.mpi.evaluate.Evaluation;

/**
 * Everything a report shows, as plain values and pre-formatted es-MX strings, built once from an
 * {@link Evaluation} and used alike by the Markdown templates and the PDF. Periods are told three
 * ways: {@code periodLabel} ("Segundo trimestre 2025 (abril–junio)"), {@code periodRange} ("1 de
 * abril al 30 de junio de 2025") and {@code periodWindow} ("abril–junio 2025"); the same for the
 * to-date window; {@code sameWindows} is true when both are the same months (the year, or a first
 * period such as Q1), so a renderer may show one row instead of two identical ones. Years are
 * strings ("2025"), so that no number format ever writes "2,025". {@code attention} lists the
 * indicators that need the board's attention — red, yellow, then those with a target whose data are
 * partial or missing — in that order, each in plan order; an indicator whose annual target is
 * already met is left out. {@code issueDate} is null unless the user gave a date: no date is ever
 * taken from the clock. {@code preliminary} is true when the period runs past the last month with
 * data; {@code dataThrough} is the last day of that month ("30 de junio de 2025"), the period's end
 * when not preliminary; the title then ends in "(PRELIMINAR)". {@code executive} is the first page
 * in words. {@code personalData} says, in one sentence, how many personal data were omitted from
 * the notes, sources and corrective actions and how they are shown (docs/seguridad.md), null when
 * none were. {@code pending} is the «Información pendiente» section (see {@link PendingView}).
 */
public record ReportModel(
    String title,
    String subtitle,
    String institution,
    String shortName,
    String planTitle,
    String planId,
    String year,
    String previousYear,
    String periodCode,
    String periodKind,
    String periodLabel,
    String periodRange,
    String toDateRange,
    String periodWindow,
    String toDateWindow,
    boolean sameWindows,
    String cutoffDate,
    boolean preliminary,
    String dataThrough,
    String issueDate,
    String thresholds,
    List<StatusView> legend,
    int indicatorCount,
    List<StatusCount> summary,
    List<ProgramSummary> programSummaries,
    List<IndicatorView> attention,
    List<ProgramSection> programs,
    ExecutiveSummary executive,
    String personalData,
    PendingView pending) {

  public ReportModel {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(periodCode, "periodCode");
    legend = List.copyOf(legend);
    summary = List.copyOf(summary);
    programSummaries = List.copyOf(programSummaries);
    attention = List.copyOf(attention);
    programs = List.copyOf(programs);
  }

  /** The model of {@code evaluation}; {@code issued} is the date of issue, or null for none. */
  public static ReportModel of(Evaluation evaluation, LocalDate issued) {
    return new ReportModelBuilder(evaluation, issued).build();
  }

  /** Every indicator, in plan order. */
  public List<IndicatorView> indicators() {
    return programs.stream().flatMap(p -> p.indicators().stream()).toList();
  }

  /** The indicators that have a place on the progress chart, in plan order. */
  public List<IndicatorView> charted() {
    return indicators().stream().filter(IndicatorView::charted).toList();
  }
}
