package mx.gob.cdmx.mpi.plan;

import java.math.BigDecimal;

/**
 * What the public edition and the transparency formats need to know of an indicator beyond its
 * ficha (see {@code docs/transparencia.md}): whether it counts people or cases (then small counts
 * are withheld in public), the catalogue dimension it measures (null when the plan does not say)
 * and the adjusted annual target (null when the target was not adjusted).
 */
public record Transparency(boolean countsPeople, Dimension dimension, BigDecimal adjustedTarget) {

  /** Counts no people, no dimension declared, target not adjusted. */
  public static final Transparency NONE = new Transparency(false, null, null);
}
