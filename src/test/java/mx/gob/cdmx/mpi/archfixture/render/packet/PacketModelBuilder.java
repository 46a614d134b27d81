package mx.gob.cdmx.mpi.archfixture.render.packet;

import mx.gob.cdmx.mpi.archfixture.plan.CoreWithPicocli;

/** The one packet class allowed to read the plan, for {@code ArchitectureTest}. */
public final class PacketModelBuilder {
  private PacketModelBuilder() {}

  public static String build() {
    return CoreWithPicocli.name();
  }
}
