package mx.gob.cdmx.mpi.plan;

import java.util.Objects;

/** A measured variable of an indicator: its type and how rows aggregate over a window. */
public record Variable(
    String name, VariableType type, Aggregation aggregation, String description) {
  public Variable {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(aggregation);
  }

  /** The name of every indicator's primary variable. */
  public static final String PRIMARY = "realizadas";
}
