package mx.gob.cdmx.mpi.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line as tests see it: exit code, standard output and error. */
record CliRun(int code, String out, String err) {

  /** Runs {@code mpi} with these arguments through {@link Cli#run}. */
  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs {@code mpi} with these arguments and {@code stdin} as its standard input. */
  static CliRun withStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            new java.io.ByteArrayInputStream(stdin),
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
