package mx.gob.cdmx.mpi.formula;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * An indicator formula: an expression over named variables with numbers, {@code + - * /}, unary
 * minus and parentheses, evaluated in {@link MathContext#DECIMAL128} without rounding.
 */
public final class Formula {

  private static final MathContext MATH = MathContext.DECIMAL128;

  private final String text;
  private final Node root;
  private final Set<String> variables;

  private Formula(String text, Node root, Set<String> variables) {
    this.text = text;
    this.root = root;
    this.variables = variables;
  }

  /** Parses {@code text}; throws {@link FormulaException} with the column of the first fault. */
  public static Formula parse(String text) {
    Objects.requireNonNull(text, "text");
    Set<String> names = new LinkedHashSet<>();
    Node root = Parser.parse(text, names);
    return new Formula(text, root, Collections.unmodifiableSet(names));
  }

  /** The text as written. */
  public String text() {
    return text;
  }

  /** The variables the formula uses, in order of first appearance; unmodifiable. */
  public Set<String> variables() {
    return variables;
  }

  /**
   * The value with each variable taken from {@code bindings}; a missing or null binding or a
   * division by zero gives {@link Outcome.Undefined} with the reason, never an exception.
   */
  public Outcome evaluate(Map<String, BigDecimal> bindings) {
    Objects.requireNonNull(bindings, "bindings");
    List<String> missing = new ArrayList<>();
    for (String name : variables) {
      if (bindings.get(name) == null) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      return new Outcome.Undefined(Outcome.Reason.MISSING_VALUE, missing, false);
    }
    try {
      return new Outcome.Value(value(root, bindings));
    } catch (DivisionByZero e) {
      return e.outcome;
    }
  }

  /**
   * The formula with each variable replaced by its value as {@code number} formats it ("—" when
   * missing) and {@code *} shown as ×, e.g. {@code (3 / 4) × 100}.
   */
  public String worked(Map<String, BigDecimal> bindings, Function<BigDecimal, String> number) {
    Objects.requireNonNull(bindings, "bindings");
    Objects.requireNonNull(number, "number");
    return Printer.worked(root, bindings, number);
  }

  /**
   * The formula in Spanish words: {@code realizadas / programadas * 100} → "realizadas entre
   * programadas, por 100"; {@code realizadas / linea_base * 100} → "realizadas entre la línea base,
   * por 100".
   */
  public String words() {
    return Words.of(root);
  }

  Node root() {
    return root;
  }

  /** Formulas are equal when their texts are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Formula f && text.equals(f.text);
  }

  /** The hash of the text. */
  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The text as written. */
  @Override
  public String toString() {
    return text;
  }

  private static BigDecimal value(Node node, Map<String, BigDecimal> bindings) {
    if (node instanceof Node.Num n) {
      return n.value();
    }
    if (node instanceof Node.Var v) {
      return bindings.get(v.name());
    }
    if (node instanceof Node.Neg neg) {
      return value(neg.operand(), bindings).negate();
    }
    Node.Bin bin = (Node.Bin) node;
    BigDecimal left = value(bin.left(), bindings);
    BigDecimal right = value(bin.right(), bindings);
    return switch (bin.op()) {
      case ADD -> left.add(right, MATH);
      case SUB -> left.subtract(right, MATH);
      case MUL -> left.multiply(right, MATH);
      case DIV -> {
        if (right.signum() == 0) {
          throw new DivisionByZero(bin.right());
        }
        yield left.divide(right, MATH);
      }
    };
  }

  /** Unwinds an evaluation that divides by zero; carries the outcome, naming the divisor. */
  private static final class DivisionByZero extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialised: it unwinds one evaluation and is caught
    private final Outcome.Undefined outcome;

    DivisionByZero(Node divisor) {
      super("división entre cero", null, false, false);
      this.outcome =
          new Outcome.Undefined(
              Outcome.Reason.DIVISION_BY_ZERO,
              divisor instanceof Node.Num ? List.of() : List.of(Printer.canonical(divisor)),
              divisor instanceof Node.Var);
    }
  }
}
