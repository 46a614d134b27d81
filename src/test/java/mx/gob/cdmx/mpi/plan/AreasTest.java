package mx.gob.cdmx.mpi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreasTest {

  @Test
  void foldIgnoresCaseAccentsAndExtraBlanks() {
    assertThat(Areas.fold("  Coordinación   JURÍDICA ")).isEqualTo("coordinacion juridica");
  }

  @Test
  void blankResponsablesIsNone() {
    assertThat(Areas.NONE).startsWith("(");
    assertThat(Areas.fold(Areas.NONE)).contains("no indica");
  }
}
