package mx.gob.cdmx.mpi.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void joinsListsTheSpanishWay() {
    assertThat(Words.list(List.of())).isEmpty();
    assertThat(Words.list(List.of("abril"))).isEqualTo("abril");
    assertThat(Words.list(List.of("mayo", "junio"))).isEqualTo("mayo y junio");
    assertThat(Words.list(List.of("enero", "febrero", "marzo")))
        .isEqualTo("enero, febrero y marzo");
  }

  @Test
  void namesEveryMonth() {
    assertThat(Words.month(1)).isEqualTo("enero");
    assertThat(Words.month(9)).isEqualTo("septiembre");
    assertThat(Words.month(12)).isEqualTo("diciembre");
    assertThatThrownBy(() -> Words.month(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Words.month(13)).isInstanceOf(IllegalArgumentException.class);
  }
}
