package mx.gob.cdmx.mpi.render.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formula injection: text cells a spreadsheet would run get a leading apostrophe. */
class EvaluationCsvTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=SUM(A1:A9)        | '=SUM(A1:A9)",
        "+52 55 1234 5678   | '+52 55 1234 5678",
        "-1+1               | '-1+1",
        "@cmd               | '@cmd",
        "Sesión ordinaria   | Sesión ordinaria",
        "1.1.2              | 1.1.2",
        "a=b                | a=b",
      })
  void neutralisesCellsThatStartLikeAFormula(String cell, String written) {
    assertThat(EvaluationCsv.neutralise(cell)).isEqualTo(written);
  }

  @ParameterizedTest
  @CsvSource({"'\tx', '''\tx'", "'\rx', '''\rx'"})
  void neutralisesCellsThatStartWithATabOrCarriageReturn(String cell, String written) {
    assertThat(EvaluationCsv.neutralise(cell)).isEqualTo(written);
  }
}
