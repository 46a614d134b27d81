package mx.gob.cdmx.mpi.plan;

/** Measurement frequency from the cronograma. */
public enum Frequency {
  QUARTERLY("trimestral"),
  ANNUAL("anual");

  private final String yaml;

  Frequency(String yaml) {
    this.yaml = yaml;
  }

  public String yaml() {
    return yaml;
  }
}
