package mx.gob.cdmx.mpi.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The program's entry point: runs the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = Cli.run(System.in, System.out, out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
