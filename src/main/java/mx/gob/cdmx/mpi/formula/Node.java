package mx.gob.cdmx.mpi.formula;

import java.math.BigDecimal;
import java.util.Objects;

/** A node of a parsed formula. */
sealed interface Node permits Node.Num, Node.Var, Node.Neg, Node.Bin {

  /** A binary operator with its precedence (higher binds tighter). */
  enum Op {
    ADD('+', 1),
    SUB('-', 1),
    MUL('*', 2),
    DIV('/', 2);

    final char symbol;
    final int precedence;

    Op(char symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }
  }

  /** A number literal. */
  record Num(BigDecimal value) implements Node {
    public Num {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A variable. */
  record Var(String name) implements Node {
    public Var {
      Objects.requireNonNull(name, "name");
    }
  }

  /** Unary minus. */
  record Neg(Node operand) implements Node {
    public Neg {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** A binary operation. */
  record Bin(Op op, Node left, Node right) implements Node {
    public Bin {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }
}
