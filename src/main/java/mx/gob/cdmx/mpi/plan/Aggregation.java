package mx.gob.cdmx.mpi.plan;

/** How the rows of a window combine: {@code SUM} for flows, {@code LAST} for stocks. */
public enum Aggregation {
  SUM("suma"),
  LAST("ultimo");

  private final String yaml;

  Aggregation(String yaml) {
    this.yaml = yaml;
  }

  public String yaml() {
    return yaml;
  }
}
