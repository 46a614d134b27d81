package mx.gob.cdmx.mpi.cli;

/** A usage error found by a command (exit code 2), with a Spanish message for the user. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
