package mx.gob.cdmx.mpi.cli;

/** The exit codes (docs/validacion.md, «Códigos de salida»), in one place. */
public final class ExitCodes {
  /** Success; warnings allowed. */
  public static final int OK = 0;

  /** The input (data or plan) has errors. */
  public static final int INPUT = 1;

  /** Usage error: bad option, unknown period code, missing file. */
  public static final int USAGE = 2;

  /** Internal error. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
