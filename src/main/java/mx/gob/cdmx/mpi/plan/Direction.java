package mx.gob.cdmx.mpi.plan;

/** Sentido del avance: whether more is better (ascending) or less is better (descending). */
public enum Direction {
  ASCENDING("ascendente"),
  DESCENDING("descendente");

  private final String yaml;

  Direction(String yaml) {
    this.yaml = yaml;
  }

  public String yaml() {
    return yaml;
  }
}
