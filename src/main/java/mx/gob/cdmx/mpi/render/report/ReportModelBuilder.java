package mx.gob.cdmx.mpi.render.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import mx.gob.cdmx.mpi.evaluate.Coverage;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.Evaluator;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.evaluate.Pending;
import mx.gob.cdmx.mpi.evaluate.Status;
import mx.gob.cdmx.mpi.evaluate.WindowResult;
import mx.gob.cdmx.mpi.formula.Formula;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.period.MonthRange;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.period.PeriodKind;
import mx.gob.cdmx.mpi.plan.CronogramaRow;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Program;
import mx.gob.cdmx.mpi.plan.Thresholds;
import mx.gob.cdmx.mpi.plan.Units;
import mx.gob.cdmx.mpi.plan.Variable;
import mx.gob.cdmx.mpi.render.EsMx;
import mx.gob.cdmx.mpi.validate.PersonalData;

/** Builds a {@link ReportModel} from one evaluation; one instance builds one model. */
final class ReportModelBuilder {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String NONE = "—";

  private final Evaluation evaluation;
  private final LocalDate issued;
  private final Plan plan;
  private final Period period;

  ReportModelBuilder(Evaluation evaluation, LocalDate issued) {
    this.evaluation = evaluation;
    this.issued = issued;
    this.plan = evaluation.plan();
    this.period = evaluation.period();
  }

  ReportModel build() {
    List<ProgramSection> sections = sections();
    List<ProgramSummary> summaries = sections.stream().map(ProgramSection::summary).toList();
    LocalDate end = period.endDate();
    LocalDate lastData = SummaryBuilder.lastDataDay(evaluation);
    boolean preliminary = lastData == null || lastData.isBefore(end);
    String dataThrough =
        preliminary
            ? (lastData == null ? "sin datos del año" : EsMx.date(lastData))
            : EsMx.date(end);
    List<IndicatorView> all = sections.stream().flatMap(p -> p.indicators().stream()).toList();
    return new ReportModel(
        period.reportTitle() + (preliminary ? " (PRELIMINAR)" : ""),
        "Seguimiento del " + sentenceCase(plan.title()) + " · " + plan.shortName(),
        plan.institution(),
        plan.shortName(),
        plan.title(),
        plan.id(),
        Integer.toString(period.year()),
        Integer.toString(period.year() - 1),
        period.code(),
        period.kind().adjective(),
        period.kind() == PeriodKind.YEAR
            ? "Año " + period.year()
            : EsMx.capitalized(period.label()),
        EsMx.dateRange(period.startDate(), end),
        EsMx.dateRange(LocalDate.of(period.year(), 1, 1), end),
        period.months().label(),
        period.toDate().label(),
        period.firstMonth() == 1,
        EsMx.date(end),
        preliminary,
        dataThrough,
        issued == null ? null : EsMx.date(issued),
        thresholds(plan.thresholds()),
        StatusView.legend(),
        evaluation.results().size(),
        counts(evaluation.results()),
        summaries,
        attention(sections),
        sections,
        new SummaryBuilder(evaluation, all, dataThrough, preliminary, lastData).build(),
        personalData(evaluation),
        PendingView.of(Pending.of(evaluation)));
  }

  /** One section per programme that has indicators, in plan order, with its status counts. */
  private List<ProgramSection> sections() {
    List<ProgramSection> sections = new ArrayList<>();
    for (Program program : plan.programs()) {
      List<IndicatorResult> results =
          evaluation.results().stream()
              .filter(r -> r.indicator().programId().equals(program.id()))
              .toList();
      if (results.isEmpty()) {
        continue;
      }
      ProgramSummary summary =
          new ProgramSummary(program.id(), program.name(), counts(results), results.size());
      sections.add(
          new ProgramSection(
              program.id(),
              program.name(),
              program.objective(),
              summary,
              results.stream().map(this::indicator).toList()));
    }
    return sections;
  }

  /**
   * The sentence the documents print when the data reached them redacted: every {@value
   * PersonalData#OMITTED} in the notes, sources and corrective actions is one datum omitted.
   */
  static String personalData(Evaluation evaluation) {
    int n = 0;
    for (mx.gob.cdmx.mpi.measure.Measurement m : evaluation.data().measurements()) {
      n +=
          PersonalData.omittedIn(m.note())
              + PersonalData.omittedIn(m.source())
              + PersonalData.omittedIn(m.action());
    }
    if (n == 0) {
      return null;
    }
    return (n == 1 ? "Se omitió 1 dato personal" : "Se omitieron " + n + " datos personales")
        + " (CURP, RFC, correo, teléfono o nombre de persona) de las notas, fuentes y acciones"
        + " correctivas de los datos; "
        + (n == 1 ? "se muestra" : "se muestran")
        + " como «"
        + PersonalData.OMITTED
        + "».";
  }

  /** Red, yellow, partial and no-data indicators, in that order, each group in plan order. */
  private static List<IndicatorView> attention(List<ProgramSection> sections) {
    List<IndicatorView> out = new ArrayList<>();
    for (Status s : List.of(Status.RED, Status.YELLOW, Status.PARTIAL, Status.NO_DATA)) {
      for (ProgramSection section : sections) {
        section.indicators().stream()
            .filter(v -> v.status().code().equals(s.code()))
            .filter(v -> !met(v))
            .forEach(out::add);
      }
    }
    return out;
  }

  /** True when the annual target is already reached (progress of 100 % or more). */
  private static boolean met(IndicatorView v) {
    return v.progress().value() != null && v.progress().value().compareTo(HUNDRED) >= 0;
  }

  /** One count per status, in display order, with the share of {@code results}. */
  private static List<StatusCount> counts(List<IndicatorResult> results) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    List<StatusCount> out = new ArrayList<>();
    for (Status s : StatusView.DISPLAY_ORDER) {
      int n = counts.getOrDefault(s, 0);
      BigDecimal share =
          results.isEmpty()
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(n * 100L)
                  .divide(BigDecimal.valueOf(results.size()), 1, RoundingMode.HALF_UP);
      out.add(new StatusCount(StatusView.of(s), n, EsMx.percent(share)));
    }
    return out;
  }

  private IndicatorView indicator(IndicatorResult r) {
    Indicator ind = r.indicator();
    boolean percentTarget = ind.isPercentTarget();
    boolean charted = ind.hasTarget() && !percentTarget && ind.schedule() != null;
    BigDecimal expected = charted ? plain(ind.schedule().at(period.lastMonth())) : null;
    MonthRange lastYear = period.toDate().inYear(period.year() - 1);
    GrowthWording growth = new GrowthWording(r, period);
    List<Measurement> touching = touching(ind.id());
    return new IndicatorView(
        ind.id(),
        ind.name(),
        ind.programId(),
        StatusView.of(r.status()),
        r.overTarget(),
        r.status().word() + (r.overTarget() ? " · Sobrecumplimiento" : ""),
        periodStatus(r),
        r.toDate().coverage().word(),
        new TargetView(
            ind.unit() == null ? NONE : ind.unit(),
            target(r.target(), percentTarget),
            annualGoal(r.target(), percentTarget, ind.unit()),
            new FractionalWording(ind)
                .note(r.period().target(), r.toDate().target(), r.toDate().realized())),
        figures(r, false, growth),
        figures(r, true, growth),
        r.formula().text().strip(),
        r.formula().words(),
        new ProgressView(
            EsMx.percent(r.progress()),
            expected == null ? null : EsMx.percent(expected),
            progressNote(r, expected),
            r.progress(),
            expected,
            charted),
        new BaselineView(
            baselineLabel(lastYear), baselineComparison(r, lastYear), ind.text().baseline()),
        growth.view(period.firstMonth() == 1),
        planText(ind),
        notes(touching),
        sources(touching),
        r.reason(),
        lastNote(ind.id()),
        MonthSeries.of(ind, evaluation.data(), period));
  }

  /**
   * The figures of one window; a growth formula's result carries «(variación +7.1 % respecto de
   * …)», in the result and in the worked formula alike.
   */
  private FiguresView figures(IndicatorResult r, boolean toDate, GrowthWording growth) {
    Indicator ind = r.indicator();
    Formula formula = r.formula();
    Function<BigDecimal, String> format = isPercent(formula) ? EsMx::percent : EsMx::number;
    WindowResult w = toDate ? r.toDate() : r.period();
    BigDecimal value = w.result();
    BigDecimal windowTarget = w.target();
    Function<BigDecimal, String> result =
        !growth.isGrowth()
            ? format
            : v ->
                format.apply(v)
                    + GrowthWording.suffix(
                        v, toDate ? growth.toDateAgainst() : growth.periodAgainst());
    List<Measurement> primary = evaluation.data().rows(ind.id(), Variable.PRIMARY);
    return new FiguresView(
        new FractionalWording(ind)
            .target(windowTarget, target(windowTarget, ind.isPercentTarget())),
        realized(w.realized(), coverage(primary, toDate ? period.toDate() : period.months())),
        value == null ? NONE : result.apply(value),
        worked(formula, w.bindings(), value, result),
        EsMx.number(w.baseline()));
  }

  /** The period's own status: its result judged alone, as the to-date one is. */
  private StatusView periodStatus(IndicatorResult r) {
    Status s =
        Evaluator.statusOf(
            r.indicator(),
            plan.thresholds(),
            r.period().coverage(),
            r.period().target(),
            r.period().result());
    StatusView v = StatusView.of(s);
    return s == Status.NOT_DUE
        ? new StatusView(v.code(), "Sin meta en el periodo", v.color(), v.emoji())
        : v;
  }

  /** The most recent note among the rows of the year to date, or null. */
  private String lastNote(String id) {
    MonthRange toDate = period.toDate();
    return evaluation.data().rows(id).stream()
        .filter(m -> toDate.contains(m.period().months()))
        .filter(m -> m.note() != null && !m.note().isBlank())
        .max(Comparator.comparing(Measurement::period))
        .map(m -> m.note().strip())
        .orElse(null);
  }

  /** The plan's texts of {@code ind}, with its first cronograma row in one sentence. */
  private PlanTextView planText(Indicator ind) {
    CronogramaRow row =
        ind.cronogramaRows().isEmpty()
            ? null
            : plan.cronogramaRow(ind.cronogramaRows().get(0)).orElse(null);
    return new PlanTextView(
        FichaTextView.of(ind.text()),
        row == null ? null : "Cronograma (fila " + row.row() + ")",
        row == null
            ? null
            : "Frecuencia: "
                + row.frequency()
                + " Fechas de medición: "
                + row.dates()
                + ". Avance esperado: "
                + row.progress()
                + ". Sentido del avance: "
                + row.direction()
                + ".",
        orElse(ind.text().responsible(), "el plan no los indica."),
        orElse(ind.text().informationSource(), "el plan no la indica."),
        ind.interpretation());
  }

  /** A formula is read as a percentage when it ends in {@code * 100}. */
  private static boolean isPercent(Formula formula) {
    return formula.text().replaceAll("\\s+", "").endsWith("*100");
  }

  private static String target(BigDecimal value, boolean percent) {
    if (value == null) {
      return NONE;
    }
    return percent ? EsMx.number(value) + " %" : EsMx.number(value);
  }

  /** The progress with what the schedule expects, or why there is no progress figure. */
  private static String progressNote(IndicatorResult r, BigDecimal expected) {
    Indicator ind = r.indicator();
    if (!ind.hasTarget()) {
      return "no aplica: el plan no da meta numérica";
    }
    if (ind.isPercentTarget()) {
      return "no aplica: la meta es un porcentaje que vale igual para cada periodo";
    }
    if (r.progress() == null) {
      return "sin cifra (véase por qué falta alguna cifra)"
          + (expected == null ? "" : "; el calendario espera " + EsMx.percent(expected));
    }
    return EsMx.percent(r.progress())
        + (expected == null
            ? ""
            : " (esperado según el calendario: " + EsMx.percent(expected) + ")");
  }

  /** "4 sesiones"; "1 actividad" (the plan's units are plural); "100 %"; "sin meta numérica". */
  private static String annualGoal(BigDecimal target, boolean percent, String unit) {
    if (target == null) {
      return "sin meta numérica";
    }
    if (percent || unit == null || unit.isBlank()) {
      return target(target, percent);
    }
    return EsMx.number(target)
        + " "
        + (target.compareTo(BigDecimal.ONE) == 0 ? Units.singular(unit) : unit);
  }

  private static String realized(BigDecimal value, Coverage coverage) {
    if (value == null) {
      return NONE;
    }
    return coverage == Coverage.PARTIAL ? EsMx.number(value) + " (parcial)" : EsMx.number(value);
  }

  /** "(3 / 4) × 100 = 75.0 %"; a formula that is a single name reads "realizadas = 3". */
  private static String worked(
      Formula formula,
      Map<String, BigDecimal> bindings,
      BigDecimal value,
      Function<BigDecimal, String> result) {
    String text = formula.text().strip();
    String left =
        formula.variables().size() == 1 && formula.variables().contains(text)
            ? text
            : formula.worked(bindings, EsMx::number);
    return left + " = " + (value == null ? NONE : result.apply(value));
  }

  /** How completely the rows of {@code realizadas} cover {@code window}. */
  private static Coverage coverage(List<Measurement> rows, MonthRange window) {
    boolean[] covered = new boolean[13];
    boolean any = false;
    for (Measurement m : rows) {
      if (window.contains(m.period().months())) {
        any = true;
        for (int month = m.period().firstMonth(); month <= m.period().lastMonth(); month++) {
          covered[month] = true;
        }
      }
    }
    if (!any) {
      return Coverage.NONE;
    }
    for (int month = window.first(); month <= window.last(); month++) {
      if (!covered[month]) {
        return Coverage.PARTIAL;
      }
    }
    return Coverage.COMPLETE;
  }

  private String baselineLabel(MonthRange lastYear) {
    return period.kind() == PeriodKind.YEAR ? Integer.toString(lastYear.year()) : lastYear.label();
  }

  /** One sentence comparing the figure to date with last year's, or saying why it cannot. */
  private String baselineComparison(IndicatorResult r, MonthRange lastYear) {
    String when = baselineLabel(lastYear);
    BigDecimal baseline = r.toDate().baseline();
    if (baseline == null) {
      String why =
          period.kind() == PeriodKind.YEAR
              ? "no hay datos completos de "
                  + lastYear.year()
                  + " y el plan no da cifra de línea base"
              : "no hay datos completos de " + lastYear.label();
      return "Sin línea base numérica: " + why + ".";
    }
    BigDecimal realized = r.toDate().coverage() == Coverage.COMPLETE ? r.toDate().realized() : null;
    if (realized == null) {
      return "Línea base ("
          + when
          + "): "
          + EsMx.number(baseline)
          + "; sin acumulado completo para comparar.";
    }
    String head =
        "Acumulado "
            + EsMx.number(realized)
            + " frente a "
            + EsMx.number(baseline)
            + " de la línea base ("
            + when
            + "): ";
    BigDecimal difference = realized.subtract(baseline);
    if (difference.signum() == 0) {
      return head + "sin cambio.";
    }
    String change = EsMx.signed(difference);
    if (baseline.signum() != 0) {
      BigDecimal pct =
          difference
              .multiply(HUNDRED)
              .divide(baseline, MathContext.DECIMAL128)
              .setScale(1, RoundingMode.HALF_UP);
      change += " (" + (pct.signum() > 0 ? "+" : "") + EsMx.percent(pct) + ")";
    }
    return head + change + ".";
  }

  /**
   * The rows of {@code id} that touch the report period and close by its end: those inside it and
   * longer ones that began before it (a 2025-Q2 row in the May–June report), whose notes and
   * sources speak of the period too; each note keeps its own period as its label. A row that runs
   * past the period's end (2025-Q2 in the March–April report) speaks of months still to come and is
   * left out.
   */
  private List<Measurement> touching(String id) {
    return evaluation.data().rows(id).stream()
        .filter(m -> m.period().overlaps(period) && m.period().lastMonth() <= period.lastMonth())
        .toList();
  }

  private static List<NoteView> notes(List<Measurement> rows) {
    return sorted(rows).stream()
        .filter(m -> m.note() != null && !m.note().isBlank())
        .map(
            m ->
                new NoteView(
                    m.period().months().label(),
                    m.variable().equals(Variable.PRIMARY) ? null : m.variable(),
                    m.note().strip(),
                    m.source() == null || m.source().isBlank() ? null : m.source().strip()))
        .toList();
  }

  private static List<String> sources(List<Measurement> rows) {
    Set<String> out = new LinkedHashSet<>();
    for (Measurement m : sorted(rows)) {
      if (m.source() != null && !m.source().isBlank()) {
        out.add(m.source().strip());
      }
    }
    return List.copyOf(out);
  }

  private static List<Measurement> sorted(List<Measurement> rows) {
    return rows.stream()
        .sorted(
            Comparator.comparing(Measurement::period)
                .thenComparing(m -> m.variable().equals(Variable.PRIMARY) ? "" : m.variable()))
        .toList();
  }

  private static String thresholds(Thresholds t) {
    return "Verde ≥ "
        + EsMx.number(t.green())
        + " %; amarillo ≥ "
        + EsMx.number(t.yellow())
        + " % y < "
        + EsMx.number(t.green())
        + " %; rojo < "
        + EsMx.number(t.yellow())
        + " %; sobrecumplimiento > "
        + EsMx.number(t.overTarget())
        + " %.";
  }

  private static String orElse(String text, String otherwise) {
    return text == null || text.isBlank() ? otherwise : text;
  }

  private static String sentenceCase(String text) {
    return EsMx.capitalized(text.toLowerCase(Locale.ROOT));
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
