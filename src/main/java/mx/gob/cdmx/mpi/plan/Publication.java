package mx.gob.cdmx.mpi.plan;

/**
 * The plan's rules for the public edition (see {@code docs/transparencia.md}): counts of people or
 * cases from 1 to {@code threshold − 1} are shown as "menos de {@code threshold}".
 */
public record Publication(int threshold) {

  /** The threshold used when the plan gives none. */
  public static final int DEFAULT_THRESHOLD = 5;

  /** The rules when the plan says nothing. */
  public static final Publication DEFAULT = new Publication(DEFAULT_THRESHOLD);

  public Publication {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
    }
  }
}
