package mx.gob.cdmx.mpi.evaluate;

/**
 * The semáforo status of an indicator, in the order of docs/metodologia.md §9 (the first that
 * applies wins).
 */
public enum Status {
  NO_TARGET("no-target", "Sin meta", "#6B7280"),
  NO_DATA("no-data", "Sin datos", "#9CA3AF"),
  PARTIAL("partial", "Datos parciales", "#60A5FA"),
  NOT_DUE("not-due", "Aún no vence", "#A78BFA"),
  GREEN("green", "Verde", "#15803D"),
  YELLOW("yellow", "Amarillo", "#CA8A04"),
  RED("red", "Rojo", "#B91C1C");

  private final String code;
  private final String word;
  private final String color;

  Status(String code, String word, String color) {
    this.code = code;
    this.word = word;
    this.color = color;
  }

  /** The stable code used in JSON and CSV, e.g. {@code no-data}. */
  public String code() {
    return code;
  }

  /** The Spanish word shown to people, e.g. "Sin datos". */
  public String word() {
    return word;
  }

  /** The colour shown beside the word, as {@code #RRGGBB}. */
  public String color() {
    return color;
  }
}
