package mx.gob.cdmx.mpi.archfixture.b;

import mx.gob.cdmx.mpi.archfixture.a.A;

/** The other half of a deliberate package cycle, for {@code ArchitectureTest}. */
public final class B {
  private B() {}

  public static int twice() {
    return A.class.getSimpleName().length() * 2;
  }
}
