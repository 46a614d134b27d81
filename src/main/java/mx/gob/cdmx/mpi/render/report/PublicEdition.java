package mx.gob.cdmx.mpi.render.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.Growth;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.render.EsMx;

/**
 * The public edition of a report model (rules in {@code docs/transparencia.md}): no notes of the
 * period and no data sources of the rows, and the figures that {@link Disclosure} withholds written
 * "menos de 5" or "reservado". The board's packet never goes through here.
 */
public final class PublicEdition {

  /** The words added to the subtitle of every public document. */
  public static final String MARK = "Edición pública";

  private PublicEdition() {}

  /** The public edition of {@code model}, which was built from {@code evaluation}. */
  public static ReportModel of(ReportModel model, Evaluation evaluation) {
    return of(model, evaluation, java.util.Set.of());
  }

  /**
   * As {@link #of(ReportModel, Evaluation)}, with the year-to-date counts of the indicators in
   * {@code earlierHidden} withheld: those whose series of earlier periods already withheld one (see
   * {@link Disclosure#inSeries}).
   */
  public static ReportModel of(
      ReportModel model, Evaluation evaluation, java.util.Set<String> earlierHidden) {
    int threshold = evaluation.plan().publication().threshold();
    Map<String, Disclosure> disclosures = new HashMap<>();
    for (IndicatorResult r : evaluation.results()) {
      String id = r.indicator().id();
      disclosures.put(
          id, Disclosure.inSeries(r, threshold, model.sameWindows(), earlierHidden.contains(id)));
    }
    Map<String, IndicatorView> views = new HashMap<>();
    for (IndicatorView v : model.indicators()) {
      views.put(v.id(), view(v, disclosures.get(v.id()), threshold));
    }
    List<ProgramSection> programs =
        model.programs().stream()
            .map(
                p ->
                    new ProgramSection(
                        p.id(),
                        p.name(),
                        p.objective(),
                        p.summary(),
                        p.indicators().stream().map(v -> views.get(v.id())).toList()))
            .toList();
    return new ReportModel(
        model.title(),
        model.subtitle() + " · " + MARK,
        model.institution(),
        model.shortName(),
        model.planTitle(),
        model.planId(),
        model.year(),
        model.previousYear(),
        model.periodCode(),
        model.periodKind(),
        model.periodLabel(),
        model.periodRange(),
        model.toDateRange(),
        model.periodWindow(),
        model.toDateWindow(),
        model.sameWindows(),
        model.cutoffDate(),
        model.preliminary(),
        model.dataThrough(),
        model.issueDate(),
        model.thresholds(),
        model.legend(),
        model.indicatorCount(),
        model.summary(),
        model.programSummaries(),
        model.attention().stream().map(v -> views.get(v.id())).toList(),
        programs,
        executive(model.executive()),
        null,
        model.pending());
  }

  /**
   * The executive summary without what the public edition withholds: the staff's reasons (notes),
   * the corrective actions and their dates, the figures (they may be small counts) and the
   * agreements proposed to the board.
   */
  private static ExecutiveSummary executive(ExecutiveSummary s) {
    return new ExecutiveSummary(
        s.counts(),
        s.headline(),
        s.changesTitle(),
        s.changes(),
        withheld(s.alerts()),
        withheld(s.allAlerts()),
        List.of("Los acuerdos se proponen a la Junta de Gobierno en la carpeta de la sesión."));
  }

  /** {@code alerts} without the staff's words, figures and actions. */
  private static List<AlertView> withheld(List<AlertView> alerts) {
    return alerts.stream()
        .map(
            a ->
                new AlertView(
                    a.id(),
                    a.name(),
                    a.status(),
                    "cifras en la ficha del indicador",
                    "la edición pública no incluye las notas del personal",
                    a.responsible(),
                    "se informa a la Junta de Gobierno",
                    null))
        .toList();
  }

  /** The disclosure of every indicator of {@code evaluation}, by id. */
  public static Map<String, Disclosure> disclosures(Evaluation evaluation, boolean sameWindows) {
    int threshold = evaluation.plan().publication().threshold();
    Map<String, Disclosure> out = new HashMap<>();
    for (IndicatorResult r : evaluation.results()) {
      out.put(r.indicator().id(), Disclosure.of(r, threshold, sameWindows));
    }
    return out;
  }

  private static IndicatorView view(IndicatorView v, Disclosure d, int threshold) {
    IndicatorResult r = d.result();
    boolean period = d.periodWithheld();
    boolean toDate = d.toDateWithheld();
    ProgressView p = v.progress();
    boolean progress = toDate && r.progress() != null;
    FiguresView vp = v.period();
    FiguresView vt = v.toDate();
    BaselineView b = v.baseline();
    return new IndicatorView(
        v.id(),
        v.name(),
        v.programId(),
        v.status(),
        v.overTarget(),
        v.statusText(),
        // the period's colour tells in which range its withheld result falls
        period ? StatusView.withheld() : v.periodStatus(),
        v.coverage(),
        v.target(),
        new FiguresView(
            vp.target(),
            d.realizedPeriod(vp.realized()),
            period ? Disclosure.WITHHELD : vp.result(),
            d.workedPeriod(vp.result(), EsMx::number),
            d.baselinePeriod(vp.baseline())),
        new FiguresView(
            vt.target(),
            d.realizedToDate(vt.realized()),
            toDate ? Disclosure.WITHHELD : vt.result(),
            d.workedToDate(vt.result(), EsMx::number),
            d.baselineToDate(vt.baseline())),
        v.formula(),
        v.formulaWords(),
        progress ? withheldProgress(p, threshold) : p,
        b == null
            ? null
            : new BaselineView(
                b.label(),
                d.baselineComparisonWithheld()
                    ? "Comparación con la línea base reservada: una de las cifras cuenta "
                        + Disclosure.smallText(threshold)
                        + " personas o casos, o permitiría deducirla."
                    : b.comparison(),
                b.plan()),
        comparison(v.comparison(), d, threshold),
        v.plan(),
        List.of(),
        List.of(),
        v.reason(),
        null,
        months(v.months(), d));
  }

  /** The progress of an indicator whose figure to date is withheld. */
  private static ProgressView withheldProgress(ProgressView p, int threshold) {
    return new ProgressView(
        Disclosure.WITHHELD,
        p.expected(),
        "reservado: se calcula con una cuenta de "
            + Disclosure.smallText(threshold)
            + " personas o casos, o permitiría deducirla"
            + (p.expected() == null ? "" : "; el calendario espera " + p.expected()),
        null,
        p.expectedValue(),
        false);
  }

  /**
   * The comparison column: last year's baselines, or a growth formula's bases, each shown, «menos
   * de N» or «reservado»; the growth note keeps only its first sentence when a figure is hidden.
   */
  private static ComparisonView comparison(ComparisonView c, Disclosure d, int threshold) {
    if (!c.growth()) {
      return new ComparisonView(
          false, c.header(), d.baselinePeriod(c.period()), d.baselineToDate(c.toDate()), null);
    }
    String name = Growth.of(d.result().formula()).orElseThrow().variable();
    String period = d.periodBinding(name, c.period());
    String toDate = d.toDateBinding(name, c.toDate());
    boolean hidden =
        d.periodWithheld()
            || d.toDateWithheld()
            || !period.equals(c.period())
            || !toDate.equals(c.toDate());
    String note =
        hidden
            ? c.note().substring(0, c.note().indexOf(". ") + 1)
                + " Las cifras de la comparación se reservan: una cuenta "
                + Disclosure.smallText(threshold)
                + " personas o casos, o permitiría deducirla."
            : c.note();
    return new ComparisonView(true, c.header(), period, toDate, note);
  }

  /**
   * The month-by-month figures: for an indicator that counts people the months are not published
   * (their differences are the monthly counts); the schedule stays.
   */
  private static MonthSeries months(MonthSeries m, Disclosure d) {
    if (m == null || !d.countsPeople()) {
      return m;
    }
    List<java.math.BigDecimal> none = new java.util.ArrayList<>();
    m.realized().forEach(x -> none.add(null));
    return new MonthSeries(m.expected(), none);
  }
}
