package mx.gob.cdmx.mpi.render.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.Evaluator;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.evaluate.Status;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.period.MonthRange;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.period.PeriodKind;
import mx.gob.cdmx.mpi.render.EsMx;

/**
 * Builds the {@link ExecutiveSummary} of one evaluation (docs/informes.md, «Resumen ejecutivo»).
 */
final class SummaryBuilder {

  private static final List<Status> SCORED = List.of(Status.GREEN, Status.YELLOW, Status.RED);
  private static final Map<Status, String> IN =
      Map.of(
          Status.GREEN, "en verde",
          Status.YELLOW, "en amarillo",
          Status.RED, "en rojo",
          Status.PARTIAL, "con datos parciales",
          Status.NO_DATA, "sin datos",
          Status.NOT_DUE, "que aún no vencen");

  private final Evaluation evaluation;
  private final Map<String, IndicatorView> views;
  private final String dataThrough;
  private final boolean preliminary;
  private final LocalDate lastData;

  /** {@code lastData} is {@link #lastDataDay} of the evaluation, found once by the caller. */
  SummaryBuilder(
      Evaluation evaluation,
      List<IndicatorView> views,
      String dataThrough,
      boolean preliminary,
      LocalDate lastData) {
    this.evaluation = evaluation;
    this.views = new HashMap<>();
    views.forEach(v -> this.views.put(v.id(), v));
    this.dataThrough = dataThrough;
    this.preliminary = preliminary;
    this.lastData = lastData;
  }

  /**
   * The executive summary details at most this many red and yellow indicators and status changes (a
   * national plan can have thousands); the rest are counted and found in «Requieren atención» and
   * the fichas.
   */
  static final int DETAILED = 25;

  ExecutiveSummary build() {
    List<AlertView> all = alerts();
    List<AlertView> alerts = all.size() <= DETAILED ? all : all.subList(0, DETAILED);
    Period period = evaluation.period();
    List<String> agreements = agreements(alerts);
    if (all.size() > DETAILED) {
      agreements.add(
          "Dar seguimiento a los otros "
              + EsMx.number(BigDecimal.valueOf(all.size() - DETAILED))
              + " indicadores en amarillo o en rojo, con sus acciones correctivas (ver «Requieren"
              + " atención»).");
    }
    return new ExecutiveSummary(
        counts(),
        headline() + detailNote(all.size()),
        period.kind() == PeriodKind.YEAR
            ? "Cambios de estado"
            : "Cambios respecto del periodo anterior (" + period.previous().months().label() + ")",
        limited(changes()),
        alerts,
        all,
        agreements);
  }

  /** Said after the headline when not every red and yellow indicator is detailed. */
  static String detailNote(int alerts) {
    return alerts <= DETAILED
        ? ""
        : " Abajo se detallan los primeros "
            + DETAILED
            + " de los "
            + EsMx.number(BigDecimal.valueOf(alerts))
            + " indicadores en amarillo o en rojo; todos están en «Requieren atención».";
  }

  /** The first {@link #DETAILED} changes and, past them, how many more there are. */
  static List<String> limited(List<String> changes) {
    if (changes.size() <= DETAILED) {
      return changes;
    }
    List<String> out = new ArrayList<>(changes.subList(0, DETAILED));
    out.add(
        "… y "
            + EsMx.number(BigDecimal.valueOf(changes.size() - DETAILED))
            + " cambios de estado más.");
    return out;
  }

  /** The headline: the counts, what has no target, and for a preliminary document, why. */
  private String headline() {
    int none =
        (int) evaluation.results().stream().filter(r -> r.status() == Status.NO_TARGET).count();
    if (none == evaluation.results().size()) {
      return counts();
    }
    return counts()
        + (none == 0
            ? ""
            : " Los otros "
                + none
                + " no tienen meta numérica en el plan: se informan sus cifras, sin semáforo.")
        + preliminaryNote();
  }

  /** "De los 16 indicadores con meta numérica, al 30 de junio de 2025: 14 en verde (87.5 %), …". */
  private String counts() {
    List<IndicatorResult> withTarget =
        evaluation.results().stream().filter(r -> r.status() != Status.NO_TARGET).toList();
    int total = evaluation.results().size();
    if (withTarget.isEmpty()) {
      return "Ninguno de los " + total + " indicadores tiene meta numérica en el plan.";
    }
    Map<Status, Integer> counts = new HashMap<>();
    withTarget.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    for (Status s : StatusView.DISPLAY_ORDER) {
      int n = counts.getOrDefault(s, 0);
      if (s != Status.NO_TARGET && (SCORED.contains(s) || n > 0)) {
        parts.add(n + " " + IN.get(s) + " (" + share(n, withTarget.size()) + ")");
      }
    }
    return "De los "
        + withTarget.size()
        + " indicadores con meta numérica, con datos al "
        + dataThrough
        + ": "
        + EsMx.join(parts)
        + ".";
  }

  /**
   * For a preliminary document, why the figures are partial and which period has them complete: the
   * one of the same year that ends with the last month with data (a quarter when it can, else a
   * bimester, else the month), whose to-date window is exactly the months with data.
   */
  private String preliminaryNote() {
    if (!preliminary || lastData == null) {
      return "";
    }
    int m = lastData.getMonthValue();
    String code =
        lastData.getYear()
            + (m % 3 == 0
                ? "-Q" + m / 3
                : m % 2 == 0 ? "-B" + m / 2 : String.format(java.util.Locale.ROOT, "-%02d", m));
    Period complete = Period.parse(code);
    return " Es un informe preliminar: el periodo cierra el "
        + EsMx.date(evaluation.period().endDate())
        + " y mientras falten meses los indicadores con meta quedan en «Datos parciales», sin"
        + " resultado ni avance. El acumulado con datos completos, de "
        + complete.toDate().label()
        + ", está en el informe "
        + complete.kind().adjective()
        + " de "
        + complete.months().label()
        + " (mpi report --period "
        + code
        + ").";
  }

  private static String share(int n, int of) {
    return EsMx.percent(
        BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP));
  }

  /** Status up or down per indicator since the previous period of the same kind. */
  private List<String> changes() {
    Period period = evaluation.period();
    if (period.kind() == PeriodKind.YEAR) {
      return List.of("El informe anual no se compara con un periodo anterior.");
    }
    Period previous = period.previous();
    if (previous.year() != period.year()) {
      return List.of(
          "Es el primer periodo "
              + period.kind().adjective()
              + " del año: no hay uno anterior de "
              + period.year()
              + " con qué comparar.");
    }
    Evaluation before = Evaluator.evaluate(evaluation.plan(), evaluation.data(), previous);
    Map<String, IndicatorResult> was = new HashMap<>();
    before.results().forEach(r -> was.put(r.indicator().id(), r));
    List<String> out = new ArrayList<>();
    for (IndicatorResult r : evaluation.results()) {
      IndicatorResult then = was.get(r.indicator().id());
      Status old = then == null ? null : then.status();
      if (old != null && old != r.status()) {
        out.add(
            r.indicator().id()
                + " "
                + shortName(r.indicator().name())
                + ": "
                + movement(old, r.status())
                + " «"
                + old.word()
                + "» a «"
                + r.status().word()
                + "»."
                + fractionCaveat(then, previous));
      }
    }
    if (out.isEmpty()) {
      out.add("Ningún indicador cambió de estado.");
    }
    return out;
  }

  /**
   * Why an earlier red or yellow said little: the schedule then expected less than one of an action
   * counted whole (0.25 of 1.1.3's one activity in January–March); empty otherwise.
   */
  private static String fractionCaveat(IndicatorResult then, Period previous) {
    FractionalWording words = new FractionalWording(then.indicator());
    BigDecimal expected = then.toDate().target();
    boolean scored = then.status() == Status.RED || then.status() == Status.YELLOW;
    if (!scored || !words.fractional(expected) || expected.compareTo(BigDecimal.ONE) >= 0) {
      return "";
    }
    return " En "
        + previous.toDate().label()
        + " el calendario esperaba "
        + words.target(expected, EsMx.number(expected))
        + ", una fracción de una acción que se cuenta entera: el «"
        + then.status().word()
        + "» de entonces reflejaba esa fracción, no una acción vencida.";
  }

  private static String movement(Status from, Status to) {
    int a = SCORED.indexOf(from);
    int b = SCORED.indexOf(to);
    if (a < 0 || b < 0) {
      return "pasó de";
    }
    return b < a ? "subió de" : "bajó de";
  }

  private List<AlertView> alerts() {
    MonthRange toDate = evaluation.period().toDate();
    List<AlertView> out = new ArrayList<>();
    for (Status s : List.of(Status.RED, Status.YELLOW)) {
      for (IndicatorResult r : evaluation.results()) {
        if (r.status() != s) {
          continue;
        }
        IndicatorView v = views.get(r.indicator().id());
        List<Measurement> rows =
            evaluation.data().rows(r.indicator().id()).stream()
                .filter(m -> toDate.contains(m.period().months()))
                .sorted(Comparator.comparing(Measurement::period).reversed())
                .toList();
        Measurement note =
            rows.stream()
                .filter(m -> m.note() != null && !m.note().isBlank())
                .findFirst()
                .orElse(null);
        Measurement action = rows.stream().filter(Measurement::hasAction).findFirst().orElse(null);
        out.add(
            new AlertView(
                v.id(),
                v.name(),
                v.status(),
                v.toDate().target().endsWith("%")
                    ? "resultado acumulado "
                        + v.toDate().result()
                        + " frente a una meta de "
                        + v.toDate().target()
                    : "resultado acumulado "
                        + v.toDate().result()
                        + "; realizado "
                        + v.toDate().realized()
                        + "; programado al corte: "
                        + v.toDate().target(),
                note == null ? null : note.note().strip(),
                v.plan().responsible(),
                action == null ? null : action.action().strip(),
                action == null || action.commitment() == null
                    ? null
                    : EsMx.date(action.commitment())));
      }
    }
    return out;
  }

  private List<String> agreements(List<AlertView> alerts) {
    List<String> out = new ArrayList<>();
    Period period = evaluation.period();
    if (preliminary) {
      out.add(
          "Recibir este informe como preliminar: los datos llegan al "
              + dataThrough
              + " y el periodo cierra el "
              + EsMx.date(period.endDate())
              + ".");
    }
    for (AlertView a : alerts) {
      if (a.noAction()) {
        out.add(
            "Instruir a las áreas responsables de "
                + a.id()
                + " ("
                + shortName(a.name())
                + ") que presenten una acción correctiva con fecha de compromiso.");
      } else {
        out.add(
            "Dar seguimiento a la acción correctiva de "
                + a.id()
                + " ("
                + shortName(a.name())
                + ")"
                + (a.commitment() == null
                    ? ", que no trae fecha de compromiso: pedirla al área responsable."
                    : ", comprometida para el " + a.commitment() + "."));
      }
    }
    String missing = missingData();
    if (missing != null && !preliminary) {
      out.add(missing);
    }
    long read =
        evaluation.plan().indicators().stream().filter(i -> i.interpretation() != null).count();
    if (read > 0) {
      out.add(
          "Confirmar o corregir los criterios con que la herramienta interpreta el plan en "
              + read
              + " indicadores: cada uno con las palabras del plan, la lectura y una línea para el"
              + " acuerdo en el Anexo E de la carpeta, «Criterios de interpretación» (también los"
              + " lista «mpi plan lint»).");
    }
    if (alerts.isEmpty()) {
      out.add(
          0, "Tomar conocimiento de que ningún indicador con meta está en amarillo ni en rojo.");
    }
    return out;
  }

  /** The agreement to ask for the data that are missing, or null when none are. */
  private String missingData() {
    List<String> missing =
        evaluation.results().stream()
            .filter(r -> r.status() == Status.NO_DATA || r.status() == Status.PARTIAL)
            .map(r -> r.indicator().id())
            .toList();
    if (missing.isEmpty()) {
      return null;
    }
    return "Solicitar a las áreas responsables los datos que faltan de "
        + (missing.size() <= DETAILED
            ? EsMx.join(missing)
            : EsMx.number(BigDecimal.valueOf(missing.size()))
                + " indicadores (los lista «Información pendiente»)")
        + ".";
  }

  static String shortName(String name) {
    String t = name.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  /** The last day of the last month of {@code year} with any row of data, or null. */
  static LocalDate lastDataDay(Evaluation evaluation) {
    int year = evaluation.period().year();
    int last =
        evaluation.data().measurements().stream()
            .filter(m -> m.period().year() == year)
            .mapToInt(m -> m.period().lastMonth())
            .max()
            .orElse(0);
    if (last == 0) {
      return null;
    }
    LocalDate first = LocalDate.of(year, last, 1);
    return first.withDayOfMonth(first.lengthOfMonth());
  }
}
