package mx.gob.cdmx.mpi.plan;

import java.util.Objects;
import java.util.Set;

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

  /** The target of the window a formula is evaluated on (docs/metodologia.md). */
  public static final String PROGRAMADAS = "programadas";

  /** The annual target. */
  public static final String META = "meta";

  /** {@code realizadas} over the same window of the year before. */
  public static final String LINEA_BASE = "linea_base";

  /** {@code realizadas} in the period of the same type just before. */
  public static final String ANTERIOR = "anterior";

  /** Names a formula may use without declaring them. */
  public static final Set<String> RESERVED = Set.of(PROGRAMADAS, META, LINEA_BASE, ANTERIOR);
}
