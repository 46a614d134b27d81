package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run of the class-data sharing archive exercises every everyday command. */
class TrainingTest {

  @Test
  void trainingRunsEveryCommandOnTheExamplesAndWritesTheirFiles(@TempDir Path out) {
    assertThat(Training.run("examples", out)).isZero();
    assertThat(out.resolve("i.pdf")).isNotEmptyFile();
    assertThat(out.resolve("i.md")).isNotEmptyFile();
    assertThat(out.resolve("c.pdf")).isNotEmptyFile();
  }
}
