package mx.gob.cdmx.mpi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnbrokenTest {

  @Test
  void aNumberAndItsPercentSignStayTogether() {
    assertThat(Unbroken.units("avance 75.0 % del año")).isEqualTo("avance 75.0\u00A0% del año");
  }

  /**
   * Regression: the thresholds line could end with a lone "&gt;" and start the next with "110 %".
   */
  @Test
  void comparisonSignNeverEndsALineApartFromItsNumber() {
    assertThat(Unbroken.units("Verde ≥ 90 %; rojo < 70 %; sobrecumplimiento > 110 %"))
        .isEqualTo(
            "Verde ≥\u00A090\u00A0%; rojo <\u00A070\u00A0%; sobrecumplimiento >\u00A0110\u00A0%");
  }

  @Test
  void everyComparisonSignKeepsItsNumber() {
    assertThat(Unbroken.units("≤ 5")).isEqualTo("≤\u00A05");
    assertThat(Unbroken.units("≥ 6")).isEqualTo("≥\u00A06");
    assertThat(Unbroken.units("< 7")).isEqualTo("<\u00A07");
    assertThat(Unbroken.units("> 8")).isEqualTo(">\u00A08");
  }

  /** The shortcut for text with neither a sign nor « %» (most cells of a national annex). */
  @Test
  void textWithNeitherSignNorSpacedPercentIsReturnedAsIs() {
    String plain = "2025-03 realizadas 12 sesión 4 del mes";
    assertThat(Unbroken.units(plain)).isSameAs(plain);
    assertThat(Unbroken.units("75.0%")).isEqualTo("75.0%");
    assertThat(Unbroken.units("")).isEmpty();
  }

  @Test
  void textWithoutFiguresIsUnchanged() {
    assertThat(Unbroken.units("a > b y 3 casos")).isEqualTo("a > b y 3 casos");
    assertThat(Unbroken.units(null)).isNull();
  }
}
