package mx.gob.cdmx.mpi.period;

/** Thrown when a period code is not one of the accepted forms; the message is in Spanish. */
public final class PeriodFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The forms that {@link Period#parse} accepts, as told to the user. */
  static final String ACCEPTED = "se espera AAAA, AAAA-S1…S2, AAAA-Q1…Q4, AAAA-B1…B6 o AAAA-01…12";

  private final String code;

  PeriodFormatException(String code, String detail) {
    super("código de periodo no válido: \"" + code + "\"; " + detail);
    this.code = code;
  }

  /**
   * No stack trace: a bad code is ordinary input, not a bug, and a file of bad rows throws one per
   * row ({@code docs/rendimiento.md}).
   */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  /** The code as the user wrote it. */
  public String code() {
    return code;
  }
}
