package mx.gob.cdmx.mpi.diagnostics;

import java.util.Objects;

/**
 * One problem found in an input file, with its position (1-based line and column; 0 when the
 * problem concerns the whole file or the whole line).
 */
public record Problem(
    String file, int line, int column, Severity severity, String code, String message) {

  private static final java.util.regex.Pattern KEBAB =
      java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
    if (!KEBAB.matcher(code).matches()) {
      throw new IllegalArgumentException("code must be kebab-case: " + code);
    }
  }

  public static Problem error(String file, int line, int column, String code, String message) {
    return new Problem(file, line, column, Severity.ERROR, code, message);
  }

  public static Problem warning(String file, int line, int column, String code, String message) {
    return new Problem(file, line, column, Severity.WARNING, code, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same problem as an error (used by {@code --strict}). */
  public Problem asError() {
    return new Problem(file, line, column, Severity.ERROR, code, message);
  }

  /** {@code file:line:column: severity: message}, the form compilers and editors understand. */
  public String format() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ")
        .append(severity.word())
        .append(": ")
        .append(message)
        .append(" [")
        .append(code)
        .append(']')
        .toString();
  }
}
