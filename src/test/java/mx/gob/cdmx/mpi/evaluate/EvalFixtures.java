package mx.gob.cdmx.mpi.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mx.gob.cdmx.mpi.formula.Formula;
import mx.gob.cdmx.mpi.measure.DataSet;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Aggregation;
import mx.gob.cdmx.mpi.plan.Direction;
import mx.gob.cdmx.mpi.plan.Frequency;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.IndicatorText;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.PlanSource;
import mx.gob.cdmx.mpi.plan.Program;
import mx.gob.cdmx.mpi.plan.Schedule;
import mx.gob.cdmx.mpi.plan.Thresholds;
import mx.gob.cdmx.mpi.plan.Variable;
import mx.gob.cdmx.mpi.plan.VariableType;

/** Plans, indicators and data sets built in code for the evaluation tests. */
final class EvalFixtures {

  static final List<Integer> QUARTERLY = List.of(25, 50, 75, 100);
  static final List<Integer> FIRST_QUARTER = List.of(100, 100, 100, 100);

  private EvalFixtures() {}

  /** A builder of one indicator; by default quarterly, ascending, the standard formula. */
  static Builder indicator(String id) {
    return new Builder(id);
  }

  static final class Builder {
    private final String id;
    private BigDecimal target;
    private String unit = "acciones";
    private List<Integer> schedule = QUARTERLY;
    private Direction direction = Direction.ASCENDING;
    private BigDecimal baseline;
    private String formula = "realizadas / programadas * 100";
    private final List<Variable> variables = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    Builder target(String value) {
      this.target = value == null ? null : new BigDecimal(value);
      return this;
    }

    Builder percentTarget(String value) {
      this.unit = "%";
      return target(value);
    }

    Builder schedule(List<Integer> quarterEnds) {
      this.schedule = quarterEnds;
      return this;
    }

    Builder descending() {
      this.direction = Direction.DESCENDING;
      return this;
    }

    Builder baseline(String value) {
      this.baseline = new BigDecimal(value);
      return this;
    }

    Builder formula(String text) {
      this.formula = text;
      return this;
    }

    Builder variable(String name, Aggregation aggregation) {
      variables.add(new Variable(name, VariableType.DECIMAL, aggregation, null));
      return this;
    }

    Indicator build() {
      List<Variable> vars = new ArrayList<>(variables);
      if (vars.stream().noneMatch(v -> v.name().equals(Variable.PRIMARY))) {
        vars.add(0, new Variable(Variable.PRIMARY, VariableType.DECIMAL, Aggregation.SUM, null));
      }
      Schedule s =
          schedule == null
              ? null
              : new Schedule(schedule.stream().map(BigDecimal::valueOf).toList());
      return new Indicator(
          id,
          "1",
          null,
          "Indicador " + id,
          new IndicatorText(null, null, null, null, null, null, null, null, null, null),
          List.of(),
          target,
          unit,
          Frequency.QUARTERLY,
          s,
          direction,
          baseline,
          Formula.parse(formula),
          vars,
          null);
    }
  }

  /** A 2025 plan with the default thresholds and these indicators, all in programme 1. */
  static Plan plan(Indicator... indicators) {
    return new Plan(
        "plan-prueba",
        "Institución de prueba",
        "PRUEBA",
        2025,
        "Plan de prueba",
        null,
        Thresholds.DEFAULT,
        null,
        null,
        null,
        List.of(new Program("1", "PROGRAMA UNO", null, List.of())),
        List.of(),
        Arrays.asList(indicators),
        new PlanSource("prueba.yaml", "0".repeat(64)));
  }

  /**
   * A data set from lines {@code indicator,period,value[,variable]}, e.g. {@code "q,2025-Q1,2"};
   * line numbers follow the order given.
   */
  static DataSet data(String... rows) {
    List<Measurement> measurements = new ArrayList<>();
    int line = 2;
    for (String row : rows) {
      String[] cells = row.split(",", -1);
      String variable = cells.length > 3 ? cells[3] : Variable.PRIMARY;
      measurements.add(
          new Measurement(
              cells[0],
              Period.parse(cells[1]),
              variable,
              new BigDecimal(cells[2]),
              null,
              null,
              "datos.csv",
              line++));
    }
    return new DataSet(measurements, List.of());
  }

  /** The result of evaluating one indicator alone on {@code data} for period {@code code}. */
  static IndicatorResult evaluate(Indicator indicator, DataSet data, String code) {
    return Evaluator.evaluate(plan(indicator), data, Period.parse(code)).results().get(0);
  }

  /** Monthly rows of indicator {@code id} for 2025, one value per month from January. */
  static String[] monthly(String id, String... values) {
    String[] rows = new String[values.length];
    for (int m = 0; m < values.length; m++) {
      rows[m] = String.format("%s,2025-%02d,%s", id, m + 1, values[m]);
    }
    return rows;
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
