package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Running out of memory ends with a Spanish message and exit 3, never a trace. */
class OutOfMemoryTest {

  @Command(name = "glotón")
  static final class Hungry implements Runnable {
    @Override
    public void run() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void outOfMemoryEndsWithSpanishMessageAndExit3NotATrace() {
    StringWriter err = new StringWriter();
    int code = Cli.execute(new CommandLine(new Hungry()), new PrintWriter(err, true));
    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString())
        .contains("la memoria de Java no alcanzó", "MPI_JAVA_OPTS=-Xmx4g")
        .doesNotContain("OutOfMemoryError", "\tat ");
  }
}
