package mx.gob.cdmx.mpi.formula;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The outcome of evaluating a formula: a value, or the Spanish reason why there is none. */
public sealed interface Evaluation permits Evaluation.Value, Evaluation.Undefined {

  /** A computed value, unrounded. */
  record Value(BigDecimal value) implements Evaluation {
    public Value {
      Objects.requireNonNull(value, "value");
    }
  }

  /** No value, with the reason in Spanish, e.g. {@code falta el valor de «anterior»}. */
  record Undefined(String reason) implements Evaluation {
    public Undefined {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** True when there is a value. */
  default boolean isDefined() {
    return this instanceof Value;
  }

  /** The value, or empty when undefined. */
  default Optional<BigDecimal> asOptional() {
    return this instanceof Value v ? Optional.of(v.value()) : Optional.empty();
  }
}
