package mx.gob.cdmx.mpi.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodKindTest {

  @ParameterizedTest
  @CsvSource({
    "YEAR,     12, 1,  anual",
    "SEMESTER, 6,  2,  semestral",
    "QUARTER,  3,  4,  trimestral",
    "BIMESTER, 2,  6,  bimestral",
    "MONTH,    1,  12, mensual",
  })
  void eachKindKnowsItsMonthsCountAndSpanishAdjective(
      PeriodKind kind, int months, int perYear, String adjective) {
    assertThat(kind.months()).isEqualTo(months);
    assertThat(kind.perYear()).isEqualTo(perYear);
    assertThat(kind.adjective()).isEqualTo(adjective);
  }
}
