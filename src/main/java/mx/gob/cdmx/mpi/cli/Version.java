package mx.gob.cdmx.mpi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The tool's version, commit and build date, from a resource the build fills in. The build date is
 * the commit's date, so that two builds of one commit give the same jar (docs/distribucion.md).
 */
public final class Version implements IVersionProvider {

  private static final String UNKNOWN = "desconocida";

  private final Properties properties;

  Version(Properties properties) {
    this.properties = properties;
  }

  /** Used by picocli: reads the resource the build wrote. */
  public Version() {
    this(load());
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/mpi-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // An unreadable resource inside our own jar: report the version as unknown.
    }
    return p;
  }

  /** The version string of this build, e.g. {@code 0.1.0}. */
  public static String value() {
    return new Version().version();
  }

  String version() {
    return get("version", "desarrollo");
  }

  /** The abbreviated commit, with «+cambios» when built from a tree with uncommitted changes. */
  String commit() {
    String commit = get("commit", UNKNOWN);
    return commit.equals(UNKNOWN) || !"true".equals(get("commit.dirty", "false"))
        ? commit
        : commit + "+cambios";
  }

  /** The build date: the commit's date (YYYY-MM-DD), or «desconocida». */
  String date() {
    String date = get("date", UNKNOWN);
    return date.length() >= 10 && date.charAt(4) == '-' ? date.substring(0, 10) : UNKNOWN;
  }

  /**
   * The address of this commit's {@code docs/} folder on GitHub or GitLab, from the build's origin
   * remote ({@code https://github.com/OWNER/REPO/blob/COMMIT/docs/}), or null when the origin is
   * unknown or elsewhere. Only host and path are kept: never a user or token.
   */
  String docsUrl() {
    String commit = get("commit.full", "");
    String remote = get("remote", "").replaceFirst("/+$", "").replaceFirst("\\.git$", "");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "^(?:[a-z+]+://(?:[^@/]*@)?|[^@/:]+@)?(github\\.com|gitlab\\.com)[:/]"
                    + "([A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)+)$")
            .matcher(remote);
    if (commit.isEmpty() || !commit.matches("[0-9a-f]{40}") || !m.matches()) {
      return null;
    }
    String blob = m.group(1).equals("github.com") ? "/blob/" : "/-/blob/";
    return "https://" + m.group(1) + "/" + m.group(2) + blob + commit + "/docs/";
  }

  /** The docs address of the running build (see {@link #docsUrl()}). */
  static String docs() {
    return new Version().docsUrl();
  }

  private String get(String key, String fallback) {
    String v = properties.getProperty(key);
    return v == null || v.isBlank() || v.startsWith("${") ? fallback : v.trim();
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "mpi " + version(),
      "revisión " + commit() + ", compilado el " + date() + " (fecha de la revisión)",
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")",
      "Seguimiento del Plan Anual de Trabajo del MPI CDMX"
    };
  }
}
