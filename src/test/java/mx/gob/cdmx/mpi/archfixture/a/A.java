package mx.gob.cdmx.mpi.archfixture.a;

import mx.gob.cdmx.mpi.archfixture.b.B;

/** Half of a deliberate package cycle, for {@code ArchitectureTest}. */
public final class A {
  private A() {}

  public static int size() {
    return B.twice() / 2;
  }
}
