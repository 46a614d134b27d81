package mx.gob.cdmx.mpi.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import mx.gob.cdmx.mpi.diagnostics.Check;
import org.junit.jupiter.api.Test;

/** Issue 14: values have a size limit, are read in linear time and are never echoed whole. */
class NumbersBoundsTest {

  @Test
  void millionDigitValueIsAnErrorThatDoesNotEchoIt() {
    String huge = "7".repeat(1_000_000);
    Numbers.Parsed p = Numbers.parse(huge);
    assertThat(p.ok()).isFalse();
    assertThat(p.check()).isEqualTo(Check.VALUE_TOO_LONG);
    assertThat(p.message())
        .contains("1000000 caracteres")
        .contains("«777777777777777777777777777777…(1000000 caracteres)»")
        .hasSizeLessThan(200);
  }

  @Test
  void thirtyDigitsAreAcceptedAndThirtyOneAreNot() {
    assertThat(Numbers.parse("1".repeat(30)).value()).isEqualTo(new BigDecimal("1".repeat(30)));
    assertThat(Numbers.parse("1".repeat(20) + "." + "1".repeat(10)).ok()).isTrue();
    Numbers.Parsed p = Numbers.parse("1".repeat(31));
    assertThat(p.check()).isEqualTo(Check.VALUE_TOO_LONG);
    assertThat(p.message()).contains("tiene 31 cifras");
    assertThat(Numbers.parse("1".repeat(20) + "." + "1".repeat(11)).check())
        .isEqualTo(Check.VALUE_TOO_LONG);
  }

  @Test
  void leadingZerosAreNotCountedAsDigits() {
    assertThat(Numbers.digits("007.50")).isEqualTo(3);
    assertThat(Numbers.digits("0.5")).isEqualTo(2);
    assertThat(Numbers.digits("0")).isEqualTo(1);
    assertThat(Numbers.parse("0".repeat(40) + "12").value()).isEqualTo(new BigDecimal("12"));
  }

  @Test
  void sixtyFiveCharactersAreRefusedBeforeAnyPatternRuns() {
    // A thousands-separated value this long would overflow the regex stack if it got that far.
    String groups = "1" + ",000".repeat(200_000);
    Numbers.Parsed p = Numbers.parse(groups);
    assertThat(p.check()).isEqualTo(Check.VALUE_TOO_LONG);
    assertThat(Numbers.parse("1".repeat(64)).check()).isEqualTo(Check.VALUE_TOO_LONG);
    assertThat(Numbers.withDecimalComma("1" + ",5".repeat(100))).isNull();
  }

  @Test
  void nonNumericValueIsEchoedShortAndEscaped() {
    Numbers.Parsed p = Numbers.parse("12\u001b[31m\nx");
    assertThat(p.check()).isEqualTo(Check.NON_NUMERIC_VALUE);
    assertThat(p.message())
        .contains("«12\\e[31m\\nx»")
        .doesNotContain("\n")
        .doesNotContain("\u001b");
  }
}
