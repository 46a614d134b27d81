package mx.gob.cdmx.mpi.formula;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaWordsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "realizadas / programadas * 100 | realizadas entre programadas, por 100",
        "realizadas / linea_base * 100 | realizadas entre la línea base, por 100",
        "realizadas / anterior * 100 | realizadas entre la cifra del periodo anterior, por 100",
        "100 * realizadas / programadas | 100 por realizadas, entre programadas",
        "realizadas * 100 / (programadas + extra) | realizadas por 100, entre (programadas más extra)",
        "realizadas | realizadas",
        "-realizadas + meta | menos realizadas más la meta anual",
        "informes_entregados / solicitados * 100 | informes entregados entre solicitados, por 100",
      })
  void readsTheFormulaInSpanishWords(String formula, String words) {
    assertThat(Formula.parse(formula).words()).isEqualTo(words);
  }
}
