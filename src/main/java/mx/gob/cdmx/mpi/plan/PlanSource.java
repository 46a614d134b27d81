package mx.gob.cdmx.mpi.plan;

/**
 * Where a plan was read from ({@code name} is a path or "plan integrado"), its SHA-256, and whether
 * it is the plan built into {@code mpi} (so documents can say how to verify it).
 */
public record PlanSource(String name, String sha256, boolean embedded) {

  /** A plan read from a file (not the built-in one). */
  public PlanSource(String name, String sha256) {
    this(name, sha256, false);
  }
}
