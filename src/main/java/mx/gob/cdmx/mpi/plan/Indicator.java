package mx.gob.cdmx.mpi.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.gob.cdmx.mpi.formula.Formula;

/**
 * One indicator of the plan: the document's text verbatim beside the structured fields the tool
 * computes with. {@code target} is null where the document gives no numeric goal. {@code
 * interpretation} says, in words, how the tool reads the text where the plan does not state it
 * outright (a denominator, a growth formula, a target read from a singular noun), for the board to
 * confirm; null when the reading is the plan's own words (docs/plan-formato.md). {@code
 * transparency} holds the fields of the public edition and the transparency formats.
 */
public record Indicator(
    String id,
    String programId,
    String groupId,
    String name,
    IndicatorText text,
    List<Integer> cronogramaRows,
    BigDecimal target,
    String unit,
    Frequency frequency,
    Schedule schedule,
    Direction direction,
    BigDecimal baseline,
    Formula formula,
    List<Variable> variables,
    String interpretation,
    Transparency transparency) {

  /** The unit that marks a percentage target, which is not scheduled. */
  public static final String PERCENT = "%";

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(programId, "programId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(transparency, "transparency");
    cronogramaRows = List.copyOf(cronogramaRows);
    variables = List.copyOf(variables);
  }

  /** An indicator with no transparency fields ({@link Transparency#NONE}). */
  public Indicator(
      String id,
      String programId,
      String groupId,
      String name,
      IndicatorText text,
      List<Integer> cronogramaRows,
      BigDecimal target,
      String unit,
      Frequency frequency,
      Schedule schedule,
      Direction direction,
      BigDecimal baseline,
      Formula formula,
      List<Variable> variables,
      String interpretation) {
    this(
        id,
        programId,
        groupId,
        name,
        text,
        cronogramaRows,
        target,
        unit,
        frequency,
        schedule,
        direction,
        baseline,
        formula,
        variables,
        interpretation,
        Transparency.NONE);
  }

  /** True when the target is a percentage that holds for every window as it is. */
  public boolean isPercentTarget() {
    return PERCENT.equals(unit);
  }

  /** True when the plan gives a numeric annual target. */
  public boolean hasTarget() {
    return target != null;
  }

  /** The declared variable with this name. */
  public Optional<Variable> variable(String variableName) {
    for (Variable v : variables) {
      if (v.name().equals(variableName)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** The names of the declared variables, in plan order. */
  public List<String> variableNames() {
    return variables.stream().map(Variable::name).toList();
  }
}
