package mx.gob.cdmx.mpi.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import mx.gob.cdmx.mpi.output.OutputException;
import picocli.CommandLine;

/** The testable entry point: runs {@code mpi} with these arguments and returns the exit code. */
public final class Cli {
  private Cli() {}

  /** What a run that ran out of memory says, instead of a trace ({@code docs/rendimiento.md}). */
  static final String OUT_OF_MEMORY =
      "mpi: la memoria de Java no alcanzó para este trabajo; no se escribió ningún archivo de"
          + " salida. Con archivos muy grandes, dé más memoria a Java, p. ej."
          + " MPI_JAVA_OPTS=-Xmx4g ./mpi …, o divida las mediciones en varios archivos por"
          + " periodo.";

  /** Runs the command line with an empty standard input; never throws. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(InputStream.nullInputStream(), null, out, err, args);
  }

  /**
   * Runs the command line, reading {@code in} for the data argument {@code -} and writing to {@code
   * out} and {@code err}; never throws.
   */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return run(in, null, out, err, args);
  }

  /**
   * As {@link #run(InputStream, PrintWriter, PrintWriter, String...)}, with {@code stdout} the raw
   * bytes behind {@code out} for binary output to {@code -o -} (null: bytes go through {@code out}
   * as UTF-8).
   */
  public static int run(
      InputStream in, OutputStream stdout, PrintWriter out, PrintWriter err, String... args) {
    return run(in, stdout, System::getenv, out, err, args);
  }

  /**
   * Runs the command line with this environment ({@code SOURCE_DATE_EPOCH}, CI variables) instead
   * of the process's, so a test states the environment it runs in; never throws.
   */
  public static int run(
      InputStream in,
      OutputStream stdout,
      java.util.function.Function<String, String> env,
      PrintWriter rawOut,
      PrintWriter rawErr,
      String... args) {
    LineGuard outGuard = new LineGuard(rawOut);
    LineGuard errGuard = new LineGuard(rawErr);
    PrintWriter out = new PrintWriter(outGuard, true);
    PrintWriter err = new PrintWriter(errGuard, true);
    MpiCommand root = new MpiCommand(in, out, err, stdout);
    root.env = env;
    root.outGuard = outGuard;
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(java.nio.file.Path.class, new PathArgument());
    cl.setParameterExceptionHandler(Cli::usageError);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> failure(ex, commandLine, root));
    int code;
    try {
      code = execute(cl, err, args);
    } finally {
      root.close();
    }
    try {
      outGuard.finish();
      errGuard.finish();
    } catch (java.io.IOException e) {
      // PrintWriters never throw; the guards only wrap them.
    }
    rawOut.flush();
    rawErr.flush();
    return code;
  }

  /** A command line picocli could not parse: one Spanish line and where to look, exit 2. */
  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    PrintWriter e = ex.getCommandLine().getErr();
    e.println("mpi: " + Messages.usage(ex));
    e.println(
        "Use «"
            + ex.getCommandLine().getCommandSpec().qualifiedName()
            + " --help» para ver las opciones.");
    return ExitCodes.USAGE;
  }

  /**
   * An exception out of a command: refused outputs and usage mistakes exit 2, input errors (already
   * printed) exit 1, anything else is an internal error (exit 3) with its trace only under {@code
   * --debug}.
   */
  private static int failure(Exception ex, CommandLine commandLine, MpiCommand root) {
    PrintWriter e = commandLine.getErr();
    if (ex instanceof OutputException || ex instanceof UsageException) {
      e.println("mpi: " + ex.getMessage());
      return ExitCodes.USAGE;
    }
    if (ex instanceof InputErrorsException) {
      return ExitCodes.INPUT;
    }
    e.println(
        "mpi: error interno: "
            + ex.getClass().getSimpleName()
            + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
    if (root.debug) {
      ex.printStackTrace(e);
    } else {
      e.println("Vuelva a ejecutar con --debug para ver el detalle técnico y repórtelo.");
    }
    return ExitCodes.INTERNAL;
  }

  /**
   * Runs {@code cl}; an {@link OutOfMemoryError} (which picocli lets through) ends with {@link
   * #OUT_OF_MEMORY} and exit 3, never a trace. Output files are written atomically, so none is left
   * half-written.
   */
  static int execute(CommandLine cl, PrintWriter err, String... args) {
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(OUT_OF_MEMORY);
      return ExitCodes.INTERNAL;
    }
  }
}
