package mx.gob.cdmx.mpi.render.sipot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Direction;
import mx.gob.cdmx.mpi.plan.Frequency;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.IndicatorText;
import mx.gob.cdmx.mpi.plan.Program;
import mx.gob.cdmx.mpi.plan.Variable;
import mx.gob.cdmx.mpi.render.EsMx;
import mx.gob.cdmx.mpi.render.report.Disclosure;
import mx.gob.cdmx.mpi.render.sipot.SipotFormats.Column;
import mx.gob.cdmx.mpi.render.sipot.SipotFormats.Format;

/**
 * One format filled in: a row per indicator of the plan, in plan order, public edition. Each cell
 * is a {@link String}, a {@link LocalDate}, an {@link Integer} or null (empty); an empty cell is
 * explained in the row's Nota. Rules in {@code docs/transparencia.md}.
 */
public record SipotTable(Format format, List<List<Object>> rows) {

  public SipotTable {
    rows =
        rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }

  /**
   * The table of {@code format} for {@code evaluation}; {@code validated} and {@code updated} are
   * the dates of validation and update (null when not given: the cells are then empty).
   */
  public static SipotTable of(
      Format format, Evaluation evaluation, LocalDate validated, LocalDate updated) {
    Period period = evaluation.period();
    int threshold = evaluation.plan().publication().threshold();
    boolean sameWindows = period.firstMonth() == 1;
    List<List<Object>> rows = new ArrayList<>();
    for (IndicatorResult r : evaluation.results()) {
      Map<SipotField, Object> cells =
          cells(r, Disclosure.of(r, threshold, sameWindows), evaluation, validated, updated);
      List<Object> row = new ArrayList<>();
      for (Column c : format.columns()) {
        row.add(cells.get(c.field()));
      }
      rows.add(row);
    }
    return new SipotTable(format, rows);
  }

  private static Map<SipotField, Object> cells(
      IndicatorResult r,
      Disclosure d,
      Evaluation evaluation,
      LocalDate validated,
      LocalDate updated) {
    Indicator ind = r.indicator();
    IndicatorText t = ind.text();
    Period period = evaluation.period();
    Map<String, String> empty = new LinkedHashMap<>();
    Map<SipotField, Object> c = new EnumMap<>(SipotField.class);
    describe(c, r, evaluation, empty);
    schedule(c, r, d, period, empty);
    c.put(SipotField.PROGRESS, progress(r, d, period, empty));
    c.put(
        SipotField.DIRECTION,
        ind.direction() == Direction.ASCENDING ? "Ascendente" : "Descendente");
    c.put(
        SipotField.SOURCE,
        cell(t.informationSource(), "Fuente de información", "el plan no la indica", empty));
    c.put(
        SipotField.RESPONSIBLE,
        cell(t.responsible(), "Áreas responsables", "el plan no las indica", empty));
    String noDate = "no se indicó fecha al exportar (opción --date)";
    c.put(SipotField.VALIDATED, validated);
    c.put(SipotField.UPDATED, updated);
    if (validated == null) {
      empty.put("Fechas de validación y actualización", noDate);
    }
    c.put(SipotField.NOTE, note(ind, period, empty));
    return c;
  }

  /** The cells that describe the indicator: period, programme, name, definition, method, unit. */
  private static void describe(
      Map<SipotField, Object> c,
      IndicatorResult r,
      Evaluation evaluation,
      Map<String, String> empty) {
    Indicator ind = r.indicator();
    IndicatorText t = ind.text();
    Period period = evaluation.period();
    c.put(SipotField.YEAR, period.year());
    c.put(SipotField.START, period.startDate());
    c.put(SipotField.END, period.endDate());
    Program program = evaluation.plan().program(ind.programId()).orElse(null);
    c.put(SipotField.PROGRAM, program == null ? null : program.name());
    c.put(
        SipotField.OBJECTIVE,
        cell(
            program == null ? null : program.objective(),
            "Objetivo institucional",
            "el plan no da objetivo para el programa",
            empty));
    c.put(SipotField.NAME, ind.name());
    c.put(
        SipotField.DIMENSION,
        cell(
            ind.transparency().dimension() == null ? null : ind.transparency().dimension().word(),
            "Dimensión",
            "el plan no la indica (acción del cronograma sin ficha)",
            empty));
    c.put(SipotField.DEFINITION, cell(t.definition(), "Definición", "el plan no la indica", empty));
    c.put(
        SipotField.METHOD,
        cell(t.calculationMethod(), "Método de cálculo", "el plan no lo indica", empty));
    c.put(SipotField.METHOD_WITH_VARIABLES, methodWithVariables(ind, r));
    c.put(
        SipotField.UNIT,
        cell(
            t.unitOfMeasure() != null ? t.unitOfMeasure() : ind.unit(),
            "Unidad de medida",
            "el plan no la indica",
            empty));
  }

  /** The cells of the schedule: frequency, baseline, programmed and adjusted targets. */
  private static void schedule(
      Map<SipotField, Object> c,
      IndicatorResult r,
      Disclosure d,
      Period period,
      Map<String, String> empty) {
    Indicator ind = r.indicator();
    IndicatorText t = ind.text();
    c.put(
        SipotField.FREQUENCY,
        cell(
            ind.frequency() == null ? null : frequency(ind.frequency()),
            "Frecuencia",
            "la acción no tiene fila en el cronograma del plan",
            empty));
    c.put(SipotField.BASELINE, baseline(r, d, period, empty));
    c.put(
        SipotField.TARGETS,
        cell(
            ind.target() == null ? null : target(ind.target(), ind),
            "Metas programadas",
            "el plan no da meta numérica"
                + (t.programmedGoal() == null ? "" : " («" + t.programmedGoal().strip() + "»)"),
            empty));
    c.put(
        SipotField.ADJUSTED_TARGETS,
        cell(
            ind.transparency().adjustedTarget() == null
                ? null
                : target(ind.transparency().adjustedTarget(), ind),
            "Metas ajustadas",
            "el plan no registra ajuste de la meta",
            empty));
  }

  private static String cell(String value, String label, String why, Map<String, String> empty) {
    if (value == null || value.isBlank()) {
      empty.put(label, why);
      return null;
    }
    return value.strip();
  }

  private static String frequency(Frequency f) {
    return f == Frequency.QUARTERLY ? "Trimestral" : "Anual";
  }

  private static String target(BigDecimal value, Indicator ind) {
    if (ind.isPercentTarget()) {
      return EsMx.number(value) + " %";
    }
    return ind.unit() == null ? EsMx.number(value) : EsMx.number(value) + " " + ind.unit();
  }

  /** The plan's method, then the formula and what each of its names means. */
  private static String methodWithVariables(Indicator ind, IndicatorResult r) {
    StringBuilder sb = new StringBuilder();
    if (ind.text().calculationMethod() != null) {
      sb.append(ind.text().calculationMethod().strip()).append(' ');
    }
    sb.append("Fórmula: ").append(r.formula().text().strip()).append(", donde ");
    List<String> parts = new ArrayList<>();
    for (String name : r.formula().variables()) {
      parts.add(name + " = " + meaning(ind, name));
    }
    sb.append(String.join("; ", parts)).append('.');
    return sb.toString();
  }

  private static String meaning(Indicator ind, String name) {
    return switch (name) {
      case Variable.PROGRAMADAS -> "lo programado en el periodo según el calendario del plan";
      case Variable.META -> "la meta anual";
      case Variable.LINEA_BASE -> "lo realizado en los mismos meses del año anterior";
      case Variable.ANTERIOR -> "lo realizado en el periodo anterior del mismo tipo";
      default ->
          ind.variable(name)
              .map(v -> v.description() == null ? name : v.description())
              .orElse(name);
    };
  }

  private static String baseline(
      IndicatorResult r, Disclosure d, Period period, Map<String, String> empty) {
    Indicator ind = r.indicator();
    if (ind.baseline() != null) {
      return EsMx.number(ind.baseline()) + " (cifra del plan)";
    }
    if (r.toDate().baseline() == null) {
      empty.put(
          "Línea base",
          "el plan no da cifra"
              + (ind.text().baseline() == null ? "" : " («" + ind.text().baseline().strip() + "»)")
              + " y no hay datos completos de "
              + period.toDate().inYear(period.year() - 1).label());
      return null;
    }
    String shown = d.baselineToDate(EsMx.number(r.toDate().baseline()));
    return shown + " (" + period.toDate().inYear(period.year() - 1).label() + ")";
  }

  private static String progress(
      IndicatorResult r, Disclosure d, Period period, Map<String, String> empty) {
    Indicator ind = r.indicator();
    BigDecimal value = r.progress();
    String what = "avance hacia la meta anual al cierre del periodo";
    if (value == null && ind.isPercentTarget() && r.toDate().result() != null) {
      value = r.toDate().result();
      what = "resultado acumulado frente a una meta en porcentaje";
    }
    if (value == null && !ind.hasTarget() && r.toDate().realized() != null) {
      // no target to advance towards: what was done so far, which the public may read
      String done = d.realizedToDate(EsMx.number(r.toDate().realized()));
      if (done.equals(Disclosure.WITHHELD)) {
        empty.put(
            "Avance",
            "reservado: con lo publicado de periodos anteriores dejaría deducir una cuenta de "
                + d.smallText()
                + " personas o casos (edición pública)");
        return null;
      }
      return done
          + (ind.unit() == null ? "" : " " + ind.unit())
          + " en "
          + period.toDate().label()
          + " (sin meta numérica en el plan: se informa lo realizado)";
    }
    if (value == null) {
      empty.put(
          "Avance",
          ind.hasTarget()
              ? "sin cifra" + (r.reason() == null ? "" : ": " + r.reason())
              : "el plan no da meta numérica y no hay datos de " + period.toDate().label());
      return null;
    }
    if (d.toDateWithheld()) {
      empty.put(
          "Avance",
          "reservado: se calcula con una cuenta de "
              + d.smallText()
              + " personas o casos (edición pública)");
      return null;
    }
    return EsMx.percent(value) + " (" + what + ")";
  }

  private static String note(Indicator ind, Period period, Map<String, String> empty) {
    StringBuilder sb =
        new StringBuilder("Indicador ")
            .append(ind.id())
            .append(" del plan; periodo ")
            .append(period.code())
            .append('.');
    if (!empty.isEmpty()) {
      sb.append(" Celdas vacías: ");
      List<String> parts = new ArrayList<>();
      empty.forEach((k, v) -> parts.add(k + ": " + v));
      sb.append(String.join("; ", parts)).append('.');
    }
    return sb.toString();
  }
}
