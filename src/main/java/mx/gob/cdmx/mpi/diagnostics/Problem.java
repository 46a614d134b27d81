package mx.gob.cdmx.mpi.diagnostics;

import java.util.Objects;

/**
 * One problem found in an input file, with its position (1-based line and column; 0 when the
 * problem concerns the whole file or the whole line). In an Excel workbook, {@code sheet} names the
 * sheet and line and column are the cell's row and column (column 4, line 14 is cell D14); in a
 * text file {@code sheet} is null.
 */
public record Problem(
    String file,
    int line,
    int column,
    Severity severity,
    String code,
    String message,
    String sheet) {

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

  /** A problem in a text file (no sheet). */
  public Problem(
      String file, int line, int column, Severity severity, String code, String message) {
    this(file, line, column, severity, code, message, null);
  }

  /** The same problem, located in {@code sheet} of a workbook (null: a text file). */
  public Problem inSheet(String sheet) {
    return new Problem(file, line, column, severity, code, message, sheet);
  }

  /** The cell's name as Excel writes it ({@code D14}), or empty when not in a cell of a sheet. */
  public String cell() {
    if (sheet == null || line <= 0 || column <= 0) {
      return "";
    }
    return columnLetters(column) + line;
  }

  /** Excel's letters for a 1-based column number: 1 is A, 27 is AA. */
  public static String columnLetters(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  /**
   * Where the problem is, for people: {@code file:line:column} for a text file, {@code
   * oficina.xlsx, hoja mediciones, celda D14} (or {@code fila 14} for a whole row) for a workbook.
   */
  public String location() {
    StringBuilder sb = new StringBuilder(file);
    if (sheet != null) {
      sb.append(", hoja ").append(sheet);
      if (!cell().isEmpty()) {
        sb.append(", celda ").append(cell());
      } else if (line > 0) {
        sb.append(", fila ").append(line);
      }
      return sb.toString();
    }
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
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
    return new Problem(file, line, column, Severity.ERROR, code, message, sheet);
  }

  /**
   * {@code file:line:column: severity: message}, the form compilers and editors understand; in a
   * workbook, {@code file, hoja S, celda D14: severity: message}.
   */
  public String format() {
    return Shown.escaped(location())
        + ": "
        + severity.word()
        + ": "
        + Shown.escaped(message)
        + " ["
        + code
        + "]";
  }
}
