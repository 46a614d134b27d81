package mx.gob.cdmx.mpi.evaluate;

/** How completely the rows cover a window of months. */
public enum Coverage {
  COMPLETE("complete", "completa"),
  PARTIAL("partial", "parcial"),
  NONE("none", "sin datos");

  private final String code;
  private final String word;

  Coverage(String code, String word) {
    this.code = code;
    this.word = word;
  }

  public String code() {
    return code;
  }

  public String word() {
    return word;
  }
}
