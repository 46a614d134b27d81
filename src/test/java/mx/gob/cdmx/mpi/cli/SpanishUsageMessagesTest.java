package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14: usage errors that still came in picocli's English. */
class SpanishUsageMessagesTest {

  @Test
  void optionGivenTwiceIsToldInSpanish() {
    CliRun r = CliRun.run("report", "--period", "2025-Q2", "--period", "2025-Q1", "x.csv");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("mpi: la opción --period se dio más de una vez; déjela una sola vez")
        .doesNotContain("should be specified only once");
  }

  @Test
  void numberOptionThatIsNoNumberIsToldInSpanish() {
    CliRun r = CliRun.run("report", "--period", "2025-Q2", "--plantilla-segundos", "x", "x.csv");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("«x» no es un número entero").doesNotContain("is not an int");
  }
}
