package mx.gob.cdmx.mpi.archfixture.render.packet;

import mx.gob.cdmx.mpi.archfixture.plan.CoreWithPicocli;

/** A packet page that wrongly reaches back into the plan, for {@code ArchitectureTest}. */
public final class PageReadingThePlan {
  private PageReadingThePlan() {}

  public static String title() {
    return CoreWithPicocli.name();
  }
}
