package mx.gob.cdmx.mpi.render.markdown;

/**
 * A template that cannot be used: a syntax error, a failure while it runs, or a forbidden construct
 * such as {@code ?new} or {@code ?api}. The message is in Spanish and names the template, line and
 * column.
 */
public final class TemplateProblem extends Exception {

  private static final long serialVersionUID = 1L;

  TemplateProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
