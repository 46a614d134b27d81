package mx.gob.cdmx.mpi.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Regression for the national-size executive summary (1,214 pages of red and yellow indicators
 * before the table of contents): past 25, alerts and changes are counted, not listed.
 */
class SummaryLimitsTest {

  private static List<String> changes(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "cambio " + i).toList();
  }

  @Test
  void upTo25ChangesAreAllListed() {
    assertThat(SummaryBuilder.limited(changes(25))).hasSize(25).last().isEqualTo("cambio 25");
    assertThat(SummaryBuilder.detailNote(25)).isEmpty();
    assertThat(SummaryBuilder.detailNote(2)).isEmpty();
  }

  @Test
  void pastTheLimitTheRestIsCounted() {
    List<String> shown = SummaryBuilder.limited(changes(1000));
    assertThat(shown).hasSize(26);
    assertThat(shown.get(24)).isEqualTo("cambio 25");
    assertThat(shown.get(25)).isEqualTo("… y 975 cambios de estado más.");
    assertThat(SummaryBuilder.detailNote(1214))
        .isEqualTo(
            " Abajo se detallan los primeros 25 de los 1,214 indicadores en amarillo o en rojo;"
                + " todos están en «Requieren atención».");
  }
}
