package mx.gob.cdmx.mpi.formula;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.gob.cdmx.mpi.text.Words;

/**
 * The outcome of evaluating a formula: a value, or why there is none as a {@link Reason} with the
 * names concerned, so callers decide on the reason rather than on its wording.
 */
public sealed interface Outcome permits Outcome.Value, Outcome.Undefined {

  /** Why a formula has no value. */
  enum Reason {
    /** One or more variables have no value; {@link Undefined#names()} lists them. */
    MISSING_VALUE,
    /**
     * A divisor is 0; {@link Undefined#names()} holds the divisor as written canonically ({@code
     * programadas}, {@code (a - b)}), empty when the divisor is a constant 0.
     */
    DIVISION_BY_ZERO
  }

  /** A computed value, unrounded. */
  record Value(BigDecimal value) implements Outcome {
    public Value {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * No value: the reason, the names it concerns (see {@link Reason}) and whether, for a division by
   * zero, the divisor is a single variable.
   */
  record Undefined(Reason reason, List<String> names, boolean divisorIsVariable)
      implements Outcome {
    public Undefined {
      Objects.requireNonNull(reason, "reason");
      names = List.copyOf(names);
    }

    /** The variable that is 0 when a division by a single variable failed. */
    public Optional<String> zeroDivisor() {
      return reason == Reason.DIVISION_BY_ZERO && divisorIsVariable
          ? Optional.of(names.get(0))
          : Optional.empty();
    }

    /**
     * The reason in Spanish: {@code falta el valor de «anterior»}, {@code faltan los valores de «a»
     * y «b»}, {@code división entre cero: «programadas» es 0}, {@code división entre cero}.
     */
    public String spanish() {
      List<String> quoted = names.stream().map(n -> "«" + n + "»").toList();
      return switch (reason) {
        case MISSING_VALUE ->
            (quoted.size() == 1 ? "falta el valor de " : "faltan los valores de ")
                + Words.list(quoted);
        case DIVISION_BY_ZERO ->
            quoted.isEmpty()
                ? "división entre cero"
                : "división entre cero: " + quoted.get(0) + " es 0";
      };
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
