package mx.gob.cdmx.mpi.formula;

/** Thrown when a formula's text is malformed; the message is in Spanish and names the column. */
public final class FormulaException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int column;
  private final String detail;

  private FormulaException(int column, String detail, String message) {
    super(message);
    this.column = column;
    this.detail = detail;
  }

  static FormulaException at(int column, String detail) {
    return new FormulaException(
        column, detail, "fórmula no válida en la columna " + column + ": " + detail);
  }

  static FormulaException empty() {
    return new FormulaException(1, "fórmula vacía", "fórmula vacía");
  }

  /** The 1-based position in the formula's text where the problem was found. */
  public int column() {
    return column;
  }

  /** What is wrong, without the position, for callers that report the position themselves. */
  public String detail() {
    return detail;
  }
}
