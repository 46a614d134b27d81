package mx.gob.cdmx.mpi.output;

/**
 * An output that was refused before anything was touched, or that could not be written (the
 * previous file, if any, is intact). The message is Spanish, for the user; exit code 2.
 */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A refusal or failure explained by {@code message}. */
  public OutputException(String message) {
    super(message);
  }

  /** A failure explained by {@code message}, caused by {@code cause}. */
  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
