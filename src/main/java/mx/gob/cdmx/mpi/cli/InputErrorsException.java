package mx.gob.cdmx.mpi.cli;

/** Thrown after input errors have been printed, to end the command with exit code 1. */
final class InputErrorsException extends RuntimeException {
  InputErrorsException() {
    super(null, null, false, false);
  }
}
