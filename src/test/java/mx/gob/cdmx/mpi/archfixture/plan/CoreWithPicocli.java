package mx.gob.cdmx.mpi.archfixture.plan;

import picocli.CommandLine;

/** A "core" class that wrongly uses picocli, for {@code ArchitectureTest}. */
public final class CoreWithPicocli {
  private CoreWithPicocli() {}

  public static String name() {
    return CommandLine.class.getSimpleName();
  }
}
