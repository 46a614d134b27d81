package mx.gob.cdmx.mpi.plan;

/**
 * The dimension an indicator measures, from the catalogue of the transparency formats (eficacia,
 * eficiencia, calidad, economía); see {@code docs/transparencia.md}.
 */
public enum Dimension {
  EFFECTIVENESS("eficacia", "Eficacia"),
  EFFICIENCY("eficiencia", "Eficiencia"),
  QUALITY("calidad", "Calidad"),
  ECONOMY("economia", "Economía");

  private final String yaml;
  private final String word;

  Dimension(String yaml, String word) {
    this.yaml = yaml;
    this.word = word;
  }

  /** The value written in the plan YAML. */
  public String yaml() {
    return yaml;
  }

  /** The Spanish word shown to people. */
  public String word() {
    return word;
  }
}
