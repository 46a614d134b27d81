package mx.gob.cdmx.mpi.plan;

/** A sub-section of a programme that groups indicators (e.g. 1.1), with its description text. */
public record Group(String id, String name, String description) {}
