package mx.gob.cdmx.mpi.render.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status word's colour on its fill: white on dark fills, black on light ones. */
class EvaluationXlsxTest {

  @ParameterizedTest
  @CsvSource({
    // sRGB -> linear, L = 0.2126 R + 0.7152 G + 0.0722 B
    "#15803D, FFFFFFFF", // green: L ≈ 0.159
    "#B91C1C, FFFFFFFF", // red: L ≈ 0.112
    "#CA8A04, FF000000", // yellow: L ≈ 0.307
    "#9CA3AF, FF000000", // light grey: L ≈ 0.364
    "#6B7280, FFFFFFFF", // grey: L ≈ 0.167
  })
  void textColourFollowsTheFillsLuminance(String fill, String text) {
    assertThat(EvaluationXlsx.textOn(fill)).isEqualTo(text);
  }
}
