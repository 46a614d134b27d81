package mx.gob.cdmx.mpi.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * One run of the command line as tests see it: exit code, standard output and error. The run sees
 * an empty environment unless a test gives one, so a {@code SOURCE_DATE_EPOCH} set where the suite
 * runs changes nothing.
 */
record CliRun(int code, String out, String err) {

  /** Runs {@code mpi} with these arguments through {@link Cli#run}, in an empty environment. */
  static CliRun run(String... args) {
    return withEnvironment(Map.of(), args);
  }

  /** Runs {@code mpi} with these arguments and these environment variables. */
  static CliRun withEnvironment(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            InputStream.nullInputStream(),
            null,
            environment::get,
            new PrintWriter(out),
            new PrintWriter(err),
            args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs {@code mpi} with these arguments and {@code stdin} as its standard input. */
  static CliRun withStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            new java.io.ByteArrayInputStream(stdin),
            null,
            java.util.Map.<String, String>of()::get,
            new PrintWriter(out),
            new PrintWriter(err),
            args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Both outputs together. */
  String all() {
    return out + err;
  }
}
