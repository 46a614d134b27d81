package mx.gob.cdmx.mpi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool's version, from the build. */
public final class Version implements IVersionProvider {

  /** The version string of this build, e.g. {@code 0.1.0}. */
  public static String value() {
    try (InputStream in = Version.class.getResourceAsStream("/mpi-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "desarrollo");
    } catch (IOException e) {
      return "desarrollo";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"mpi " + value(), "Seguimiento del Plan Anual de Trabajo del MPI CDMX"};
  }
}
