package mx.gob.cdmx.mpi.cli;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import mx.gob.cdmx.mpi.diagnostics.Shown;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Paths named on the command line. Java 17 encodes file names with the charset of the locale, so
 * under {@code LC_ALL=C} a name with an accent («Coordinación») cannot become a path; instead of
 * Java's English {@code InvalidPathException} the user reads what to do ({@code docs/seguridad.md},
 * «Rutas con acentos»).
 */
final class PathArgument implements ITypeConverter<Path> {

  @Override
  public Path convert(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new Unusable(value);
    }
  }

  /**
   * The Spanish explanation for a path this JVM cannot encode: its name, the locale's charset and
   * the two ways out (the {@code mpi} launcher, or a UTF-8 locale).
   */
  static String unusable(String value) {
    return "la ruta «"
        + Shown.escaped(value)
        + "» tiene caracteres (acentos, ñ) que Java no puede usar con la configuración regional"
        + " actual (codificación "
        + System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name())
        + "). Ejecute con el lanzador mpi, que la corrige, o defina una configuración regional"
        + " UTF-8, p. ej. LC_ALL=C.UTF-8 java -jar mpi.jar …";
  }

  /** A path argument Java cannot encode; picocli reports it as a usage error (exit 2). */
  static final class Unusable extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    Unusable(String value) {
      super(unusable(value));
    }
  }
}
