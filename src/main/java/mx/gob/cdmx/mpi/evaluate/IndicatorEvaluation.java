package mx.gob.cdmx.mpi.evaluate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.cdmx.mpi.formula.Formula;
import mx.gob.cdmx.mpi.formula.Outcome;
import mx.gob.cdmx.mpi.measure.DataSet;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.period.MonthRange;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.period.PeriodKind;
import mx.gob.cdmx.mpi.plan.Aggregation;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Thresholds;
import mx.gob.cdmx.mpi.plan.Variable;
import mx.gob.cdmx.mpi.text.Words;

/** The evaluation of one indicator for one period; one instance computes one result. */
final class IndicatorEvaluation {

  private static final String PROGRAMADAS = Variable.PROGRAMADAS;
  private static final String META = Variable.META;
  private static final String LINEA_BASE = Variable.LINEA_BASE;
  private static final String ANTERIOR = Variable.ANTERIOR;

  static final String NO_TARGET = "sin meta numérica en el plan";
  static final String NO_SCHEDULE = "el plan no da calendario para la meta";
  static final String NOTHING_DUE = "sin meta programada al periodo";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Which of the two windows (docs/metodologia.md §1) a figure belongs to. */
  private enum Side {
    PERIOD,
    TO_DATE
  }

  private final Thresholds thresholds;
  private final Indicator indicator;
  private final DataSet data;
  private final Period period;
  private final Formula formula;
  private final MonthRange periodWindow;
  private final MonthRange toDateWindow;
  private final Set<String> reasons = new LinkedHashSet<>();

  IndicatorEvaluation(Thresholds thresholds, Indicator indicator, DataSet data, Period period) {
    this.thresholds = thresholds;
    this.indicator = indicator;
    this.data = data;
    this.period = period;
    this.formula = Evaluator.formulaOf(indicator);
    this.periodWindow = period.months();
    this.toDateWindow = period.toDate();
  }

  IndicatorResult result() {
    BigDecimal target = Decimals.plain(indicator.target());
    BigDecimal targetPeriod = Evaluator.targetPeriod(indicator, period);
    BigDecimal targetToDate = Evaluator.targetToDate(indicator, period);
    targetReason(targetToDate);
    Map<String, WindowData> inPeriod = new LinkedHashMap<>();
    Map<String, WindowData> toDate = new LinkedHashMap<>();
    for (String name : coveredVariables()) {
      List<Measurement> rows = data.rows(indicator.id(), name);
      Aggregation aggregation = aggregation(name);
      inPeriod.put(name, WindowData.of(rows, periodWindow, aggregation));
      toDate.put(name, WindowData.of(rows, toDateWindow, aggregation));
      coverageReasons(name, inPeriod.get(name), toDate.get(name));
    }
    Coverage periodCoverage = worst(inPeriod.values());
    Coverage coverage = worst(toDate.values());
    WindowData realizedPeriod = inPeriod.get(Variable.PRIMARY);
    WindowData realizedToDate = toDate.get(Variable.PRIMARY);

    Map<String, BigDecimal> bindingsPeriod =
        bindings(Side.PERIOD, inPeriod, periodCoverage, targetPeriod);
    BigDecimal resultPeriod = result(Side.PERIOD, bindingsPeriod, periodCoverage, targetToDate);
    Map<String, BigDecimal> bindingsToDate = bindings(Side.TO_DATE, toDate, coverage, targetToDate);
    BigDecimal resultToDate = result(Side.TO_DATE, bindingsToDate, coverage, targetToDate);
    BigDecimal progress = progress(realizedToDate);

    Status status = status(coverage, targetToDate, resultToDate);
    boolean overTarget = overTarget(resultToDate);

    return new IndicatorResult(
        indicator,
        status,
        overTarget,
        target,
        progress,
        reasons.isEmpty() ? null : String.join("; ", reasons),
        window(
            periodWindow,
            periodCoverage,
            targetPeriod,
            realizedPeriod,
            resultPeriod,
            bindingsPeriod),
        window(toDateWindow, coverage, targetToDate, realizedToDate, resultToDate, bindingsToDate));
  }

  /** The figures of one window, with its baseline and the rows lying inside it. */
  private WindowResult window(
      MonthRange window,
      Coverage coverage,
      BigDecimal target,
      WindowData realized,
      BigDecimal result,
      Map<String, BigDecimal> bindings) {
    return new WindowResult(
        coverage, target, realized.value(), result, baseline(window), bindings, rows(window));
  }

  private void targetReason(BigDecimal targetToDate) {
    if (!indicator.hasTarget()) {
      reasons.add(NO_TARGET);
    } else if (targetToDate == null) {
      reasons.add(NO_SCHEDULE);
    }
  }

  /** Above the plan's over-target threshold, for an indicator with a target. */
  private boolean overTarget(BigDecimal resultToDate) {
    return indicator.hasTarget()
        && resultToDate != null
        && resultToDate.compareTo(thresholds.overTarget()) > 0;
  }

  /** The indicator's rows lying entirely inside {@code window} (their notes are its notes). */
  private List<Measurement> rows(MonthRange window) {
    return data.rows(indicator.id()).stream()
        .filter(r -> window.contains(r.period().months()))
        .toList();
  }

  /** {@code realizadas}, then every other declared variable the formula uses, in its order. */
  private List<String> coveredVariables() {
    List<String> names = new ArrayList<>();
    names.add(Variable.PRIMARY);
    for (String used : formula.variables()) {
      if (!names.contains(used) && indicator.variable(used).isPresent()) {
        names.add(used);
      }
    }
    return names;
  }

  private Aggregation aggregation(String name) {
    return indicator.variable(name).map(Variable::aggregation).orElse(Aggregation.SUM);
  }

  private static Coverage worst(Iterable<WindowData> windows) {
    Coverage worst = Coverage.COMPLETE;
    for (WindowData w : windows) {
      if (w.coverage() == Coverage.NONE) {
        return Coverage.NONE;
      }
      if (w.coverage() == Coverage.PARTIAL) {
        worst = Coverage.PARTIAL;
      }
    }
    return worst;
  }

  private void coverageReasons(String name, WindowData inPeriod, WindowData toDate) {
    String of = name.equals(Variable.PRIMARY) ? "" : " de «" + name + "»";
    if (toDate.coverage() == Coverage.NONE) {
      reasons.add("sin datos" + of + " para " + Spanish.range(toDateWindow));
      return;
    }
    if (inPeriod.coverage() == Coverage.NONE) {
      reasons.add("sin datos" + of + " para " + Spanish.range(periodWindow) + straddling(inPeriod));
    } else if (inPeriod.coverage() == Coverage.PARTIAL) {
      reasons.add(
          "ventana parcial"
              + of
              + ": "
              + Spanish.missing(inPeriod.missing())
              + straddling(inPeriod));
    }
    boolean missingBefore = toDate.missing().stream().anyMatch(m -> m < periodWindow.first());
    if (toDate.coverage() == Coverage.PARTIAL && missingBefore) {
      reasons.add(
          "acumulado parcial"
              + of
              + " ("
              + Spanish.range(toDateWindow)
              + "): "
              + Spanish.missing(toDate.missing()));
    }
  }

  /** Why rows that overlap the window do not count, or "" when there are none. */
  static String straddling(WindowData w) {
    if (w.straddling().isEmpty()) {
      return "";
    }
    boolean one = w.straddling().size() == 1;
    return " ("
        + (one ? "la fila " : "las filas ")
        + Words.list(w.straddling())
        + (one ? " no se puede" : " no se pueden")
        + " partir en esta ventana)";
  }

  /**
   * The values the formula is evaluated with on one window; only complete figures are bound, and a
   * reason is recorded for every name the formula uses that stays unbound.
   */
  private Map<String, BigDecimal> bindings(
      Side side, Map<String, WindowData> windows, Coverage coverage, BigDecimal windowTarget) {
    Map<String, BigDecimal> bound = new LinkedHashMap<>();
    MonthRange window = side == Side.PERIOD ? periodWindow : toDateWindow;
    for (String name : formula.variables()) {
      BigDecimal value;
      switch (name) {
        case PROGRAMADAS -> value = windowTarget;
        case META -> value = Decimals.plain(indicator.target());
        case LINEA_BASE -> value = lastYear(window, coverage);
        case ANTERIOR ->
            value = side == Side.PERIOD ? previousPeriod(coverage) : lastYear(window, coverage);
        default -> {
          WindowData w = windows.get(name);
          value = w == null ? null : w.completeValue();
          if (w == null && coverage == Coverage.COMPLETE) {
            reasons.add("la fórmula usa «" + name + "», que el indicador no declara");
          }
        }
      }
      if (value != null) {
        bound.put(name, value);
      }
    }
    return bound;
  }

  /** {@code realizadas} over the same months of the year before, when complete. */
  private BigDecimal lastYear(MonthRange window, Coverage coverage) {
    MonthRange before = window.inYear(window.year() - 1);
    WindowData w =
        WindowData.of(
            data.rows(indicator.id(), Variable.PRIMARY), before, aggregation(Variable.PRIMARY));
    if (w.coverage() != Coverage.COMPLETE && coverage == Coverage.COMPLETE) {
      reasons.add(
          w.coverage() == Coverage.NONE
              ? "sin datos de " + before.year() + " para " + Spanish.range(before)
              : "datos parciales de "
                  + before.year()
                  + " para "
                  + Spanish.range(before)
                  + ": "
                  + Spanish.missing(w.missing()));
    }
    return w.completeValue();
  }

  /** {@code realizadas} over the period of the same kind just before P, when complete. */
  private BigDecimal previousPeriod(Coverage coverage) {
    MonthRange before = period.previous().months();
    WindowData w =
        WindowData.of(
            data.rows(indicator.id(), Variable.PRIMARY), before, aggregation(Variable.PRIMARY));
    if (w.coverage() != Coverage.COMPLETE && coverage == Coverage.COMPLETE) {
      reasons.add(
          w.coverage() == Coverage.NONE
              ? "sin datos del periodo anterior (" + before.label() + ")"
              : "periodo anterior parcial ("
                  + before.label()
                  + "): "
                  + Spanish.missing(w.missing()));
    }
    return w.completeValue();
  }

  private BigDecimal result(
      Side side, Map<String, BigDecimal> bindings, Coverage coverage, BigDecimal targetToDate) {
    if (coverage != Coverage.COMPLETE) {
      return null;
    }
    if (!bindings.keySet().containsAll(formula.variables())) {
      return null;
    }
    Outcome outcome = formula.evaluate(bindings);
    if (outcome instanceof Outcome.Value v) {
      return Decimals.oneDecimal(v.value());
    }
    reasons.add(undefinedReason(side, (Outcome.Undefined) outcome, targetToDate));
    return null;
  }

  /** Why the formula has no value, told in the plan's words when the divisor is a name it knows. */
  private static String undefinedReason(
      Side side, Outcome.Undefined outcome, BigDecimal targetToDate) {
    String reason = outcome.spanish();
    if (outcome.zeroDivisor().isEmpty()) {
      return reason;
    }
    return switch (outcome.zeroDivisor().get()) {
      case PROGRAMADAS ->
          side == Side.TO_DATE || targetToDate.signum() == 0
              ? NOTHING_DUE
              : "sin meta programada en este periodo (meta del periodo 0)";
      case META -> "división entre cero: meta anual 0";
      case LINEA_BASE -> "división entre cero: línea base 0";
      case ANTERIOR ->
          side == Side.PERIOD
              ? "división entre cero: periodo anterior 0"
              : "división entre cero: línea base 0";
      case Variable.PRIMARY -> "división entre cero: realizado 0";
      default -> reason;
    };
  }

  /** realized to date / annual target × 100, for a numeric target not in % and complete data. */
  private BigDecimal progress(WindowData realizedToDate) {
    if (!indicator.hasTarget()
        || indicator.isPercentTarget()
        || realizedToDate.coverage() != Coverage.COMPLETE) {
      return null;
    }
    if (indicator.target().signum() == 0) {
      reasons.add("división entre cero: meta anual 0");
      return null;
    }
    return Decimals.oneDecimal(
        realizedToDate
            .value()
            .multiply(HUNDRED)
            .divide(indicator.target(), MathContext.DECIMAL128));
  }

  /** realizadas over the same window of the year before, else the plan's baseline for a year. */
  private BigDecimal baseline(MonthRange window) {
    BigDecimal lastYear =
        WindowData.of(
                data.rows(indicator.id(), Variable.PRIMARY),
                window.inYear(window.year() - 1),
                aggregation(Variable.PRIMARY))
            .completeValue();
    if (lastYear != null) {
      return lastYear;
    }
    return period.kind() == PeriodKind.YEAR ? Decimals.plain(indicator.baseline()) : null;
  }

  private Status status(Coverage coverage, BigDecimal targetToDate, BigDecimal resultToDate) {
    return Evaluator.statusOf(indicator, thresholds, coverage, targetToDate, resultToDate);
  }
}
