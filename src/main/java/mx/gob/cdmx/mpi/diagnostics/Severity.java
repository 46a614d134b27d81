package mx.gob.cdmx.mpi.diagnostics;

/** How serious a problem is: errors stop the work, warnings are reported and the work goes on. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String word;

  Severity(String word) {
    this.word = word;
  }

  /** The word used in {@code file:line:column: error|warning: message} lines and in JSON. */
  public String word() {
    return word;
  }

  /** The Spanish word for people ("error", "advertencia"). */
  public String spanish() {
    return this == ERROR ? "error" : "advertencia";
  }
}
