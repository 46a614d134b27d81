package mx.gob.cdmx.mpi.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Round-trips seeded random expressions through the printer, the parser and the evaluator. */
class FormulaGeneratedTest {

  private static final long SEED = 20250101L;
  private static final int CASES = 200;
  private static final int MAX_DEPTH = 5;
  private static final MathContext MATH = MathContext.DECIMAL128;
  private static final List<String> NAMES =
      List.of("realizadas", "programadas", "meta", "linea_base", "anterior", "a", "b_2", "_x");

  private record Generated(Node node, BigDecimal value) {}

  static Stream<Arguments> expressions() {
    Random random = new Random(SEED);
    List<Arguments> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Map<String, BigDecimal> bindings = new LinkedHashMap<>();
      for (String name : NAMES) {
        bindings.put(name, number(random, true));
      }
      Generated generated = generate(random, MAX_DEPTH, bindings);
      cases.add(
          Arguments.of(
              Printer.canonical(generated.node()), generated.node(), generated.value(), bindings));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expressions")
  void reprintedExpressionParsesToTheSameTreeAndValue(
      String printed, Node node, BigDecimal expected, Map<String, BigDecimal> bindings) {
    Formula formula = Formula.parse(printed);

    assertThat(formula.root()).isEqualTo(node);
    assertThat(Printer.canonical(formula.root())).isEqualTo(printed);
    assertThat(formula.evaluate(bindings)).isEqualTo(new Outcome.Value(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expressions")
  void workedExpressionReadsAsTheSameComputation(
      String printed, Node node, BigDecimal expected, Map<String, BigDecimal> bindings) {
    String worked = Formula.parse(printed).worked(bindings, BigDecimal::toPlainString);
    Formula literal = Formula.parse(worked.replace('×', '*'));

    assertThat(literal.variables()).isEmpty();
    assertThat(literal.evaluate(Map.of()).asOptional())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
  }

  private static Generated generate(Random random, int depth, Map<String, BigDecimal> bindings) {
    int choice = depth == 0 ? random.nextInt(2) : random.nextInt(8);
    switch (choice) {
      case 0 -> {
        BigDecimal literal = number(random, false);
        return new Generated(new Node.Num(literal), literal);
      }
      case 1 -> {
        String name = NAMES.get(random.nextInt(NAMES.size()));
        return new Generated(new Node.Var(name), bindings.get(name));
      }
      case 2 -> {
        Generated operand = generate(random, depth - 1, bindings);
        return new Generated(new Node.Neg(operand.node()), operand.value().negate());
      }
      default -> {
        Node.Op op = Node.Op.values()[random.nextInt(4)];
        Generated left = generate(random, depth - 1, bindings);
        Generated right = generate(random, depth - 1, bindings);
        if (op == Node.Op.DIV && right.value().signum() == 0) {
          op = Node.Op.MUL;
        }
        BigDecimal value =
            switch (op) {
              case ADD -> left.value().add(right.value(), MATH);
              case SUB -> left.value().subtract(right.value(), MATH);
              case MUL -> left.value().multiply(right.value(), MATH);
              case DIV -> left.value().divide(right.value(), MATH);
            };
        return new Generated(new Node.Bin(op, left.node(), right.node()), value);
      }
    }
  }

  private static BigDecimal number(Random random, boolean mayBeNegative) {
    BigDecimal value = BigDecimal.valueOf(random.nextInt(2000), random.nextInt(3));
    return mayBeNegative && random.nextInt(10) == 0 ? value.negate() : value;
  }
}
