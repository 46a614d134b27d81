package mx.gob.cdmx.mpi.formula;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * Prints a tree with as few parentheses as keep its structure, except that a division operand of a
 * multiplication is always parenthesised, as readers expect: {@code (3 / 4) × 100}.
 */
final class Printer {

  private static final String MISSING = "—";

  private final Function<Node.Var, String> variable;
  private final boolean pretty;

  private Printer(Function<Node.Var, String> variable, boolean pretty) {
    this.variable = variable;
    this.pretty = pretty;
  }

  /** The tree as formula text that parses back to the same tree. */
  static String canonical(Node node) {
    return new Printer(Node.Var::name, false).print(node);
  }

  /** The tree with each variable replaced by its formatted value and {@code *} shown as ×. */
  static String worked(
      Node node, Map<String, BigDecimal> bindings, Function<BigDecimal, String> number) {
    Function<Node.Var, String> value =
        v -> {
          BigDecimal bound = bindings.get(v.name());
          if (bound == null) {
            return MISSING;
          }
          String shown = number.apply(bound);
          return bound.signum() < 0 && !(node instanceof Node.Var) ? "(" + shown + ")" : shown;
        };
    return new Printer(value, true).print(node);
  }

  private String print(Node node) {
    if (node instanceof Node.Num n) {
      return n.value().toPlainString();
    }
    if (node instanceof Node.Var v) {
      return variable.apply(v);
    }
    if (node instanceof Node.Neg neg) {
      Node operand = neg.operand();
      boolean wrap = operand instanceof Node.Bin || operand instanceof Node.Neg;
      return "-" + (wrap ? "(" + print(operand) + ")" : print(operand));
    }
    Node.Bin bin = (Node.Bin) node;
    String left = operand(bin.left(), bin.op(), false);
    String right = operand(bin.right(), bin.op(), true);
    return left + " " + symbol(bin.op()) + " " + right;
  }

  private String operand(Node child, Node.Op parent, boolean right) {
    String text = print(child);
    return needsParentheses(child, parent, right) ? "(" + text + ")" : text;
  }

  private static boolean needsParentheses(Node child, Node.Op parent, boolean right) {
    if (child instanceof Node.Neg) {
      return right;
    }
    if (!(child instanceof Node.Bin bin)) {
      return false;
    }
    return bin.op().precedence < parent.precedence
        || (right && bin.op().precedence == parent.precedence)
        || (parent == Node.Op.MUL && bin.op() == Node.Op.DIV);
  }

  private String symbol(Node.Op op) {
    return pretty && op == Node.Op.MUL ? "×" : String.valueOf(op.symbol);
  }
}
