package mx.gob.cdmx.mpi.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.evaluate.Pending;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Indicator;
import org.junit.jupiter.api.Test;

class PendingViewTest {

  private static final Indicator INDICATOR = PlanReader.readEmbedded().plan().indicators().get(0);

  private static List<Pending.Item> items(int n) {
    List<Pending.Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(new Pending.Item(INDICATOR, "v" + i, List.of(), false, ""));
    }
    return items;
  }

  private static Pending pending(int first, int second) {
    Map<String, List<Pending.Item>> byArea = new LinkedHashMap<>();
    byArea.put("Área A", items(first));
    byArea.put("Área B", items(second));
    return new Pending(Period.parse("2025-Q2"), 1000, byArea);
  }

  @Test
  void aShortListIsShownWhole() {
    PendingView v = PendingView.of(pending(2, 1));
    assertThat(v.summary()).isEqualTo("3 datos pendientes de 1000 esperados, en 2 áreas.");
    assertThat(v.areas()).extracting(a -> a.items().size()).containsExactly(2, 1);
    assertThat(v.areas().get(1).items().get(0).detail()).isEqualTo("sin datos");
  }

  /**
   * Regression: with a national plan the section listed 410,000 lines and the report and packet
   * took minutes and gigabytes; now the first 200 are listed and the count says the rest.
   */
  @Test
  void aNationalSizeListShowsTheFirst200AndSaysWhereTheRestIs() {
    PendingView v = PendingView.of(pending(150, 100));
    assertThat(v.areas()).extracting(a -> a.items().size()).containsExactly(150, 50);
    assertThat(v.summary())
        .startsWith("250 datos pendientes de 1000 esperados, en 2 áreas.")
        .endsWith("aquí van sólo los primeros 200; «mpi faltantes» da la lista completa.");
  }

  @Test
  void exactly200IsStillWhole() {
    PendingView v = PendingView.of(pending(200, 0));
    assertThat(v.summary()).isEqualTo("200 datos pendientes de 1000 esperados, en 2 áreas.");
    assertThat(v.areas().get(0).items()).hasSize(200);
  }
}
