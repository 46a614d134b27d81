package mx.gob.cdmx.mpi.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mx.gob.cdmx.mpi.period.MonthRange;
import org.junit.jupiter.api.Test;

/** The Spanish wording of missing months and windows in the reasons. */
class EvaluatorReasonsTest {

  @Test
  void listsMissingMonthsInSpanish() {
    assertThat(Spanish.missing(List.of(4))).isEqualTo("falta abril");
    assertThat(Spanish.missing(List.of(5, 6))).isEqualTo("faltan mayo y junio");
    assertThat(Spanish.missing(List.of(1, 2, 3))).isEqualTo("faltan enero, febrero y marzo");
    assertThat(Spanish.missing(List.of(2, 5, 9))).isEqualTo("faltan febrero, mayo y septiembre");
  }

  @Test
  void shortensFourOrMoreConsecutiveMonthsToARange() {
    assertThat(Spanish.missing(List.of(7, 8, 9, 10, 11, 12))).isEqualTo("faltan julio–diciembre");
    assertThat(Spanish.missing(List.of(2, 4, 5, 6, 7))).isEqualTo("faltan febrero y abril–julio");
  }

  @Test
  void namesAWindowByItsMonths() {
    assertThat(Spanish.range(new MonthRange(2025, 4, 4))).isEqualTo("abril");
    assertThat(Spanish.range(new MonthRange(2025, 1, 6))).isEqualTo("enero–junio");
  }
}
