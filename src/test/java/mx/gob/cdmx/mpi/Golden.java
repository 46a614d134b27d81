package mx.gob.cdmx.mpi;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the golden-file tests share: the project folder they read from, and the rule that an update
 * run ({@code -Dgolden.update=true}) writes the new files and then FAILS, so it can never pass by
 * comparing a file with itself; the next run, without the flag, compares for real.
 */
public final class Golden {

  /**
   * The project folder: Maven's {@code basedir} (surefire sets it), else the working folder. Every
   * fixture path starts here, so a run from another folder fails loudly instead of skipping.
   */
  public static final Path PROJECT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

  private Golden() {}

  /** True when this run rewrites golden files. */
  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Ends the test after {@code file} was rewritten in update mode. */
  public static void rewritten(Path file) {
    fail(
        "archivo dorado reescrito: "
            + file
            + " (golden.update=true). Revise el diff a ojo y vuelva a correr sin -Dgolden.update.");
  }

  /** The project file at {@code relative}, which must exist. */
  public static Path file(String relative) {
    Path p = PROJECT.resolve(relative);
    if (!Files.exists(p)) {
      fail(
          "falta " + p + " (las pruebas se corren desde la carpeta del proyecto: " + PROJECT + ")");
    }
    return p;
  }
}
