package mx.gob.cdmx.mpi.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTest {

  private static final Function<BigDecimal, String> PLAIN = BigDecimal::toPlainString;

  private static BigDecimal valueOf(String formula, Map<String, BigDecimal> bindings) {
    Outcome result = Formula.parse(formula).evaluate(bindings);
    assertThat(result).isInstanceOf(Outcome.Value.class);
    return ((Outcome.Value) result).value();
  }

  private static Outcome.Undefined undefinedOf(String formula, Map<String, BigDecimal> bindings) {
    Outcome result = Formula.parse(formula).evaluate(bindings);
    assertThat(result).isInstanceOf(Outcome.Undefined.class);
    return (Outcome.Undefined) result;
  }

  private static String reasonOf(String formula, Map<String, BigDecimal> bindings) {
    return undefinedOf(formula, bindings).spanish();
  }

  @Test
  void anUndefinedOutcomeSaysWhyAsATypeNotAsText() {
    Outcome.Undefined byVariable = undefinedOf("a / b", Map.of("a", n("5"), "b", n("0")));
    assertThat(byVariable.reason()).isEqualTo(Outcome.Reason.DIVISION_BY_ZERO);
    assertThat(byVariable.zeroDivisor()).contains("b");

    Outcome.Undefined byExpression =
        undefinedOf("a / (b - c)", Map.of("a", n("1"), "b", n("4"), "c", n("4")));
    assertThat(byExpression.reason()).isEqualTo(Outcome.Reason.DIVISION_BY_ZERO);
    assertThat(byExpression.names()).containsExactly("b - c");
    assertThat(byExpression.zeroDivisor()).isEmpty();

    Outcome.Undefined byConstant = undefinedOf("a / 0", Map.of("a", n("1")));
    assertThat(byConstant.names()).isEmpty();
    assertThat(byConstant.zeroDivisor()).isEmpty();

    Outcome.Undefined missing = undefinedOf("a + b * c", Map.of("b", n("1")));
    assertThat(missing.reason()).isEqualTo(Outcome.Reason.MISSING_VALUE);
    assertThat(missing.names()).containsExactly("a", "c");
    assertThat(missing.zeroDivisor()).isEmpty();
  }

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void attainmentOfThreeOutOfFourIsSeventyFive() {
    BigDecimal value =
        valueOf(
            "realizadas / programadas * 100", Map.of("realizadas", n("3"), "programadas", n("4")));

    assertThat(value).isEqualByComparingTo("75");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2 + 3 * 4       | 14",
        "(2 + 3) * 4     | 20",
        "8 / 4 / 2       | 1",
        "8 / (4 / 2)     | 4",
        "10 - 4 - 3      | 3",
        "10 - (4 - 3)    | 9",
        "-3 + 5          | 2",
        "-(3 + 5)        | -8",
        "2 * -3          | -6",
        "--4             | 4",
        "0.5 * 3         | 1.5",
        "100             | 100",
        "1.25 + 0.75     | 2",
        "  7 * ( 1 + 1 ) | 14",
      })
  void evaluatesLiteralsWithUsualPrecedenceAndLeftAssociativity(String formula, String expected) {
    assertThat(valueOf(formula, Map.of())).isEqualByComparingTo(expected);
  }

  @Test
  void averageOfTwoVariables() {
    assertThat(valueOf("(a + b) / 2", Map.of("a", n("3"), "b", n("4"))))
        .isEqualByComparingTo("3.5");
  }

  @Test
  void unaryMinusAppliesToVariables() {
    assertThat(valueOf("-a * b", Map.of("a", n("2"), "b", n("5")))).isEqualByComparingTo("-10");
    assertThat(valueOf("a - -b", Map.of("a", n("2"), "b", n("5")))).isEqualByComparingTo("7");
  }

  @Test
  void oneThirdAsPercentIsExactToDecimal128AndRoundsToThirtyThreePointThree() {
    BigDecimal value =
        valueOf(
            "realizadas / programadas * 100", Map.of("realizadas", n("1"), "programadas", n("3")));

    assertThat(value.precision()).isEqualTo(34);
    assertThat(value).isEqualByComparingTo("33.33333333333333333333333333333333");
    assertThat(value.setScale(1, RoundingMode.HALF_UP)).isEqualTo(n("33.3"));
  }

  @Test
  void twoThirdsRoundsHalfUpToSixtySixPointSeven() {
    BigDecimal value = valueOf("a / b * 100", Map.of("a", n("2"), "b", n("3")));

    assertThat(value.setScale(1, RoundingMode.HALF_UP)).isEqualTo(n("66.7"));
  }

  @Test
  void divisionByZeroVariableIsUndefinedAndNamesTheVariable() {
    String reason =
        reasonOf(
            "realizadas / linea_base * 100", Map.of("realizadas", n("5"), "linea_base", n("0")));

    assertThat(reason).isEqualTo("división entre cero: «linea_base» es 0");
  }

  @Test
  void divisionByZeroWithDecimalZeroIsUndefined() {
    assertThat(reasonOf("a / b", Map.of("a", n("5"), "b", n("0.00"))))
        .isEqualTo("división entre cero: «b» es 0");
  }

  @Test
  void divisionByLiteralZeroSaysDivisionByZero() {
    assertThat(reasonOf("a / 0", Map.of("a", n("5")))).isEqualTo("división entre cero");
  }

  @Test
  void divisionByCompoundZeroNamesTheSubExpression() {
    assertThat(reasonOf("a / (b - c) * 100", Map.of("a", n("1"), "b", n("4"), "c", n("4"))))
        .isEqualTo("división entre cero: «b - c» es 0");
  }

  @Test
  void zeroDividedByAVariableIsZero() {
    assertThat(valueOf("a / b", Map.of("a", n("0"), "b", n("4")))).isEqualByComparingTo("0");
  }

  @Test
  void missingVariableIsUndefinedAndNamesIt() {
    assertThat(reasonOf("realizadas / anterior * 100", Map.of("realizadas", n("5"))))
        .isEqualTo("falta el valor de «anterior»");
  }

  @Test
  void nullBindingCountsAsMissing() {
    Map<String, BigDecimal> bindings = new HashMap<>();
    bindings.put("realizadas", n("5"));
    bindings.put("anterior", null);

    assertThat(reasonOf("realizadas / anterior * 100", bindings))
        .isEqualTo("falta el valor de «anterior»");
  }

  @Test
  void severalMissingVariablesAreAllNamedInOrderOfAppearance() {
    assertThat(reasonOf("a + b", Map.of())).isEqualTo("faltan los valores de «a» y «b»");
    assertThat(reasonOf("c * (a + b) / c", Map.of("b", n("1"))))
        .isEqualTo("faltan los valores de «c» y «a»");
    assertThat(reasonOf("x + y + z", Map.of())).isEqualTo("faltan los valores de «x», «y» y «z»");
  }

  @Test
  void missingInputIsReportedBeforeADivisionByZero() {
    assertThat(reasonOf("a / b", Map.of("b", n("0")))).isEqualTo("falta el valor de «a»");
  }

  @Test
  void extraBindingsAreIgnored() {
    assertThat(valueOf("a", Map.of("a", n("2"), "b", n("3")))).isEqualByComparingTo("2");
  }

  @Test
  void evaluationOffersItsValueAsOptional() {
    Formula formula = Formula.parse("a * 2");

    assertThat(formula.evaluate(Map.of("a", n("2"))).isDefined()).isTrue();
    assertThat(formula.evaluate(Map.of("a", n("2"))).asOptional()).contains(n("4"));
    assertThat(formula.evaluate(Map.of()).isDefined()).isFalse();
    assertThat(formula.evaluate(Map.of()).asOptional()).isEmpty();
  }

  @Test
  void variablesAreListedInOrderOfFirstAppearance() {
    Formula formula = Formula.parse("(realizadas + anterior) / programadas * realizadas + meta_2");

    assertThat(formula.variables())
        .containsExactly("realizadas", "anterior", "programadas", "meta_2");
    assertThatThrownBy(() -> formula.variables().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void literalsOnlyFormulaHasNoVariables() {
    assertThat(Formula.parse("1 + 2").variables()).isEmpty();
  }

  @Test
  void identifiersMayStartWithUnderscoreAndContainDigits() {
    assertThat(Formula.parse("_x1 + linea_base2").variables())
        .containsExactly("_x1", "linea_base2");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''              | 1 | fórmula vacía",
        "'   '           | 1 | fórmula vacía",
        "a +             | 4 | se esperaba un número, una variable o \"(\" y se encontró el final",
        "(a              | 1 | paréntesis sin cerrar",
        "((a + b) * c    | 1 | paréntesis sin cerrar",
        "(a + (b * c)    | 1 | paréntesis sin cerrar",
        "a)              | 2 | se encontró \")\" sin un \"(\" que le corresponda",
        "(a + b))        | 8 | se encontró \")\" sin un \"(\" que le corresponda",
        "a b             | 3 | se esperaba un operador (+ - * /) y se encontró \"b\"",
        "2a              | 2 | se esperaba un operador (+ - * /) y se encontró \"a\"",
        "(a b)           | 4 | se esperaba un operador (+ - * /) o \")\" y se encontró \"b\"",
        "a % b           | 3 | carácter no permitido \"%\"",
        "2..3            | 3 | se esperaba un dígito después del punto decimal y se encontró \".\"",
        "2.              | 3 | después del punto decimal y se encontró el final de la fórmula",
        "A               | 1 | \"A\"; las variables se escriben en minúsculas",
        "realizadaS      | 10 | carácter no permitido \"S\"",
        "Math.exit(1)    | 1 | carácter no permitido \"M\"",
        "a / / b         | 5 | se esperaba un número, una variable o \"(\" y se encontró \"/\"",
        "realizadas / * 100 | 14 | se esperaba un número, una variable o \"(\" y se encontró \"*\"",
        "()              | 2 | se esperaba un número, una variable o \"(\" y se encontró \")\"",
        "a y b           | 3 | se esperaba un operador (+ - * /) y se encontró \"y\"",
        "0,5 * a         | 2 | carácter no permitido \",\"; el punto decimal se escribe \".\"",
        ".5              | 1 | escriba un 0 antes del punto decimal",
        "a × b           | 3 | para multiplicar se escribe \"*\"",
        "línea_base      | 2 | carácter no permitido \"í\"; las variables se escriben sin acentos",
        "'\"a\"'         | 1 | carácter no permitido \"\"\"",
        "a ^ 2           | 3 | carácter no permitido \"^\"",
        "+a              | 1 | se esperaba un número, una variable o \"(\" y se encontró \"+\"",
        "1e3             | 2 | se encontró \"e3\"",
      })
  void rejectsMalformedFormulaAtTheRightColumn(String text, int column, String message) {
    assertThatThrownBy(() -> Formula.parse(text))
        .isInstanceOfSatisfying(
            FormulaException.class,
            e -> {
              assertThat(e.column()).isEqualTo(column);
              assertThat(e.getMessage()).contains(message);
              assertThat(e.getMessage()).contains(e.detail());
            });
  }

  @Test
  void errorMessageNamesColumnWhatWasExpectedAndWhatWasFound() {
    assertThatThrownBy(() -> Formula.parse("realizadas / * 100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "fórmula no válida en la columna 14: "
                + "se esperaba un número, una variable o \"(\" y se encontró \"*\"");
  }

  @Test
  void emptyFormulaSaysSoWithoutAColumn() {
    assertThatThrownBy(() -> Formula.parse("")).hasMessage("fórmula vacía");
  }

  @Test
  void controlCharactersAreShownByCodePoint() {
    assertThatThrownBy(() -> Formula.parse("a\u0007b"))
        .hasMessageContaining("carácter no permitido \"U+0007\"");
  }

  @Test
  void rejectsNestingDeeperThanTheLimit() {
    String deep = "(".repeat(Parser.MAX_NESTING + 1) + "a" + ")".repeat(Parser.MAX_NESTING + 1);

    assertThatThrownBy(() -> Formula.parse(deep))
        .isInstanceOfSatisfying(
            FormulaException.class, e -> assertThat(e.column()).isEqualTo(Parser.MAX_NESTING + 1))
        .hasMessageContaining("demasiado anidada");
    assertThat(
            Formula.parse("(".repeat(Parser.MAX_NESTING) + "a" + ")".repeat(Parser.MAX_NESTING))
                .variables())
        .containsExactly("a");
  }

  @Test
  void rejectsFormulasLongerThanTheLimit() {
    assertThatThrownBy(() -> Formula.parse("a + ".repeat(Parser.MAX_LENGTH) + "a"))
        .isInstanceOf(FormulaException.class)
        .hasMessageContaining("demasiado larga");
  }

  @Test
  void blanksOfAnyKindSeparateTokens() {
    assertThat(valueOf("a\t*\n2\u00a0+ 1", Map.of("a", n("3")))).isEqualByComparingTo("7");
  }

  @Test
  void workedAttainmentWrapsTheDivisionThatIsMultiplied() {
    Formula formula = Formula.parse("realizadas / programadas * 100");

    assertThat(formula.worked(Map.of("realizadas", n("3"), "programadas", n("4")), PLAIN))
        .isEqualTo("(3 / 4) × 100");
  }

  @Test
  void workedSingleVariableIsItsValue() {
    assertThat(Formula.parse("realizadas").worked(Map.of("realizadas", n("3")), PLAIN))
        .isEqualTo("3");
  }

  @Test
  void workedKeepsTheParenthesesTheStructureNeeds() {
    Formula formula = Formula.parse("(realizadas + 1) / meta * 100");

    assertThat(formula.worked(Map.of("realizadas", n("3"), "meta", n("8")), PLAIN))
        .isEqualTo("((3 + 1) / 8) × 100");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a+b*c          | 1 + 2 × 3",
        "(a+b)*c        | (1 + 2) × 3",
        "a*b/c          | 1 × 2 / 3",
        "a*(b/c)        | 1 × (2 / 3)",
        "a/b/c          | 1 / 2 / 3",
        "a/(b/c)        | 1 / (2 / 3)",
        "a-(b-c)        | 1 - (2 - 3)",
        "a-(b+c)        | 1 - (2 + 3)",
        "(a-b)-c        | 1 - 2 - 3",
        "((a))          | 1",
        "-a             | -1",
        "-(a+b)         | -(1 + 2)",
        "a--b           | 1 - (-2)",
        "a/b*c/a        | (1 / 2) × 3 / 1",
        "0.50*a         | 0.50 × 1",
      })
  void workedPrintsMinimalParenthesesExceptAroundAMultipliedDivision(String text, String worked) {
    Map<String, BigDecimal> bindings = Map.of("a", n("1"), "b", n("2"), "c", n("3"));

    assertThat(Formula.parse(text).worked(bindings, PLAIN)).isEqualTo(worked);
  }

  @Test
  void workedShowsMissingValuesAsDash() {
    Formula formula = Formula.parse("realizadas / anterior * 100");

    assertThat(formula.worked(Map.of("realizadas", n("3")), PLAIN)).isEqualTo("(3 / —) × 100");
  }

  @Test
  void workedUsesTheGivenNumberFormatForVariablesButKeepsLiteralsAsWritten() {
    Formula formula = Formula.parse("realizadas / programadas * 100");
    Function<BigDecimal, String> oneDecimal =
        v -> v.setScale(1, RoundingMode.HALF_UP).toPlainString();

    assertThat(formula.worked(Map.of("realizadas", n("3"), "programadas", n("1.5")), oneDecimal))
        .isEqualTo("(3.0 / 1.5) × 100");
  }

  @Test
  void workedWrapsNegativeValuesInsideAnExpression() {
    assertThat(Formula.parse("a - b").worked(Map.of("a", n("5"), "b", n("-2")), PLAIN))
        .isEqualTo("5 - (-2)");
    assertThat(Formula.parse("b").worked(Map.of("b", n("-2")), PLAIN)).isEqualTo("-2");
  }

  @Test
  void textIsKeptAsWrittenAndDefinesEquality() {
    Formula formula = Formula.parse("realizadas / programadas * 100");

    assertThat(formula.text()).isEqualTo("realizadas / programadas * 100");
    assertThat(formula).hasToString("realizadas / programadas * 100");
    assertThat(formula).isEqualTo(Formula.parse("realizadas / programadas * 100"));
    assertThat(formula).hasSameHashCodeAs(Formula.parse("realizadas / programadas * 100"));
    assertThat(formula).isNotEqualTo(Formula.parse("realizadas/programadas*100"));
  }
}
