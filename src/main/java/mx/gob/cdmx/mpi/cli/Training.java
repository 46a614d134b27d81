package mx.gob.cdmx.mpi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run behind the class-data sharing archive the build makes ({@code target/mpi.jsa},
 * {@code docs/rendimiento.md}): runs the everyday commands once on the example data so the JVM
 * records every class they load. Not a command of {@code mpi}; the build runs it as {@code java
 * -XX:ArchiveClassesAtExit=target/mpi.jsa -cp target/mpi.jar mx.gob.cdmx.mpi.cli.Training EXAMPLES
 * OUT}.
 */
public final class Training {
  private Training() {}

  /** {@code args}: the examples folder and a folder for the outputs (created, left behind). */
  public static void main(String[] args) throws IOException {
    String examples = args[0];
    Path out = Files.createDirectories(Path.of(args[1]));
    System.exit(run(examples, out));
  }

  /** Runs every trained command; returns 0 when all ended with 0, else the first other code. */
  static int run(String examples, Path out) {
    String[][] commands = {
      {"--version"},
      {"--help"},
      {"validate", examples},
      {"validate", "--format", "json", examples},
      {"evaluate", "--period", "2025-Q2", examples},
      {"plan", "show"},
      {
        "report",
        "--period",
        "2025-Q2",
        "--date",
        "2025-06-26",
        "-o",
        out.resolve("i.pdf").toString(),
        examples
      },
      {
        "report",
        "--period",
        "2025-Q2",
        "--format",
        "md",
        "--date",
        "2025-06-26",
        "-o",
        out.resolve("i.md").toString(),
        examples
      },
      {
        "packet",
        "--period",
        "2025-Q2",
        "--date",
        "2025-06-26",
        "-o",
        out.resolve("c.pdf").toString(),
        examples
      },
    };
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    int result = 0;
    for (String[] c : commands) {
      int code = Cli.run(none, none, c);
      if (code != 0 && result == 0) {
        result = code;
      }
    }
    return result;
  }
}
