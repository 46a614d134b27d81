package mx.gob.cdmx.mpi.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import mx.gob.cdmx.mpi.formula.Formula;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrowthTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "realizadas / anterior * 100 | PREVIOUS_PERIOD",
        "100 * realizadas / anterior | PREVIOUS_PERIOD",
        "(realizadas * 100) / anterior | PREVIOUS_PERIOD",
        "realizadas / linea_base * 100 | LAST_YEAR",
        "realizadas * 100 / linea_base | LAST_YEAR",
      })
  void aGrowthFormulaIsRecognisedByWhatItComputes(String formula, Growth expected) {
    assertThat(Growth.of(Formula.parse(formula))).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // attainment, not growth
        "realizadas / programadas * 100",
        // the inverse ratio: the base over what was done
        "anterior / realizadas * 100",
        // a difference, not a ratio
        "(realizadas - anterior) / anterior * 100",
        // not scaled to a percentage
        "realizadas / linea_base",
        // a third name
        "realizadas / (anterior + linea_base) * 100",
      })
  void otherFormulasAreNotGrowth(String formula) {
    assertThat(Growth.of(Formula.parse(formula))).isEmpty();
  }
}
