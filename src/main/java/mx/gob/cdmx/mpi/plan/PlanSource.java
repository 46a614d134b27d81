package mx.gob.cdmx.mpi.plan;

/** Where a plan was read from ({@code name} is a path or "plan integrado") and its SHA-256. */
public record PlanSource(String name, String sha256) {}
