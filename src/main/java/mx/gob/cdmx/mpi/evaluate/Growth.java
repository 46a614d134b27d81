package mx.gob.cdmx.mpi.evaluate;

import java.util.Optional;
import mx.gob.cdmx.mpi.formula.Formula;
import mx.gob.cdmx.mpi.plan.Variable;

/**
 * A growth formula: one that divides what was done by the same count of an earlier window, {@code
 * realizadas / anterior × 100} or {@code realizadas / linea_base × 100}, however written (decided
 * by what the formula computes, see docs/metodologia.md §14). Its result is not attainment of a
 * target but a ratio to a comparison base; the documents label it «variación respecto de …» and
 * show that base beside it.
 */
public enum Growth {
  /** Divides by the previous period of the same kind ({@code anterior}). */
  PREVIOUS_PERIOD(Variable.ANTERIOR),
  /** Divides by the same months of the year before ({@code linea_base}). */
  LAST_YEAR(Variable.LINEA_BASE);

  private final String variable;

  Growth(String variable) {
    this.variable = variable;
  }

  /** The name of the formula's denominator: {@code anterior} or {@code linea_base}. */
  public String variable() {
    return variable;
  }

  /** The kind of growth {@code formula} computes, or empty when it is not a growth formula. */
  public static Optional<Growth> of(Formula formula) {
    for (Growth g : values()) {
      if (Evaluator.computesPercentRatio(formula, Variable.PRIMARY, g.variable)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
