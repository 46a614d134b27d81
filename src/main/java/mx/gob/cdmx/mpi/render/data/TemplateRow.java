package mx.gob.cdmx.mpi.render.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mx.gob.cdmx.mpi.evaluate.Evaluator;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Areas;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Variable;

/**
 * One row of the fill-in template of {@code mpi template}: an indicator and one of its declared
 * variables, with the informative cells (name, unit, target of the period, responsible area) that
 * tell the office what the row is about. {@code targetPeriod} is null for a period outside the
 * plan's year (a baseline year) or an indicator without a scheduled numeric target.
 */
public record TemplateRow(
    Indicator indicator, Variable variable, String period, BigDecimal targetPeriod, String area) {

  /** The columns of the template, in order (docs/excel.md). */
  public static final List<String> HEADER =
      List.of(
          "indicador",
          "nombre",
          "unidad",
          "meta del periodo",
          "responsable",
          "periodo",
          "variable",
          "valor",
          "nota",
          "fuente",
          "accion",
          "fecha_compromiso");

  /** Index of the first column the office fills ({@code variable}); those before are the plan's. */
  public static final int FIRST_FILLABLE = 6;

  /** One row per declared variable of each of {@code indicators}, in plan order. */
  public static List<TemplateRow> of(Plan plan, Period period, List<Indicator> indicators) {
    List<TemplateRow> rows = new ArrayList<>();
    for (Indicator i : indicators) {
      BigDecimal target = period.year() == plan.year() ? Evaluator.targetPeriod(i, period) : null;
      for (Variable v : i.variables()) {
        rows.add(new TemplateRow(i, v, period.code(), target, Areas.of(i)));
      }
    }
    return List.copyOf(rows);
  }

  /** The unit of the indicator, or "" when the plan gives none. */
  public String unit() {
    return indicator.unit() == null ? "" : indicator.unit();
  }

  /** The area, or "" when the plan names none. */
  public String areaText() {
    return Areas.NONE.equals(area) ? "" : area;
  }
}
