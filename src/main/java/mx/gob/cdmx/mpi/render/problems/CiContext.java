package mx.gob.cdmx.mpi.render.problems;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * What the CI formats know of where they run: the checkout's root (paths in annotations, SARIF and
 * Code Quality are relative to it) and the address of the docs (SARIF {@code helpUri}), each
 * possibly unknown (null).
 *
 * @param base the checkout's root ({@code GITHUB_WORKSPACE} or {@code CI_PROJECT_DIR}), or null
 * @param docsUrl absolute URL of the project's {@code docs/} folder ending in {@code /}, or null
 */
public record CiContext(Path base, String docsUrl) {

  /** No checkout root and no docs address: paths as given, no {@code helpUri}. */
  public static final CiContext NONE = new CiContext(null, null);

  /**
   * The context from the environment: {@code GITHUB_WORKSPACE}, else {@code CI_PROJECT_DIR}, as the
   * base; {@code docsUrl} as given.
   */
  public static CiContext from(Function<String, String> env, String docsUrl) {
    String base = env.apply("GITHUB_WORKSPACE");
    if (base == null || base.isBlank()) {
      base = env.apply("CI_PROJECT_DIR");
    }
    return new CiContext(base == null || base.isBlank() ? null : Path.of(base), docsUrl);
  }

  /**
   * {@code file} relative to the base with forward slashes when it lies inside it (a relative
   * {@code file} is taken from the working directory); otherwise {@code file} unchanged. Standard
   * input ({@code -}) stays {@code -}.
   */
  public String path(String file) {
    if (base == null || file.equals("-")) {
      return file;
    }
    try {
      Path absolute = Path.of(file).toAbsolutePath().normalize();
      Path root = base.toAbsolutePath().normalize();
      if (absolute.startsWith(root) && !absolute.equals(root)) {
        return root.relativize(absolute).toString().replace('\\', '/');
      }
    } catch (java.nio.file.InvalidPathException e) {
      return file;
    }
    return file;
  }
}
