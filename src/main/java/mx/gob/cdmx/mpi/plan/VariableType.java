package mx.gob.cdmx.mpi.plan;

/** Whether a variable holds whole counts or decimal figures. */
public enum VariableType {
  INTEGER("entero"),
  DECIMAL("decimal");

  private final String yaml;

  VariableType(String yaml) {
    this.yaml = yaml;
  }

  public String yaml() {
    return yaml;
  }
}
