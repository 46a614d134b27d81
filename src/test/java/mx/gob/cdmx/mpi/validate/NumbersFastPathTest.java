package mx.gob.cdmx.mpi.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand check of plain numbers accepts exactly what the pattern it replaced accepts, and reads
 * the same value ({@code docs/rendimiento.md}).
 */
class NumbersFastPathTest {

  /** Seeded random texts over the characters that matter for numbers. */
  static Stream<String> texts() {
    Random r = new Random(15);
    String alphabet = "0123456789..--,, %e+ab\u00A0";
    return IntStream.range(0, 3_000)
        .mapToObj(
            i -> {
              int n = r.nextInt(8);
              StringBuilder b = new StringBuilder();
              for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
              }
              return b.toString();
            });
  }

  @ParameterizedTest
  @MethodSource("texts")
  void handCheckAgreesWithThePattern(String text) {
    assertThat(Numbers.isPlain(text)).isEqualTo(Numbers.PLAIN.matcher(text).matches());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "7",
        "007",
        "12",
        "3.5",
        "0.25",
        "10.0",
        "123456789012345678",
        "1234567890123456789"
      })
  void plainValuesReadAsTheirBigDecimal(String text) {
    Numbers.Parsed p = Numbers.parse(text);
    assertThat(p.ok()).isTrue();
    assertThat(p.value()).isEqualTo(new BigDecimal(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "5.", ".5", "1.2.3", "1e3", "+1", "-1", "1 000", "١٢"})
  void notPlain(String text) {
    assertThat(Numbers.isPlain(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-3", "- 3", "-\t3.5"})
  void negativeValuesAreShownWithoutBlanks(String text) {
    Numbers.Parsed p = Numbers.parse(text);
    assertThat(p.ok()).isFalse();
    assertThat(p.message()).startsWith("el valor " + text.replaceAll("\\s", "") + " es negativo");
  }
}
