package mx.gob.cdmx.mpi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mx.gob.cdmx.mpi.output.IoReason;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The measurement files or folders a command reads: a mixin for every command that needs data. */
final class DataOptions {

  /** The data argument that stands for standard input. */
  static final String STDIN = "-";

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Parameters(
      paramLabel = "DATOS",
      arity = "1..*",
      description =
          "Archivos de mediciones (CSV o libros de Excel .xlsx) o carpetas que los contienen"
              + " (con sus subcarpetas); «-» lee un CSV o .xlsx de la entrada estándar.")
  List<Path> data;

  /**
   * The paths as given; a usage error (exit 2) names the first one that does not exist. {@code -}
   * is standard input, copied to a private temporary file that {@link Cli} deletes at the end of
   * the run; problems in it are reported under the name {@code -} (see {@link
   * MpiCommand#displayNames()}).
   */
  List<Path> paths() {
    List<Path> paths = new ArrayList<>();
    boolean stdinRead = false;
    for (Path p : data) {
      if (p.toString().equals(STDIN)) {
        if (stdinRead) {
          throw new UsageException("la entrada estándar («-») sólo puede leerse una vez");
        }
        stdinRead = true;
        paths.add(stdin());
        continue;
      }
      if (!Files.exists(p)) {
        throw new UsageException("no existe el archivo o carpeta: " + p);
      }
      if (!Files.isRegularFile(p) && !Files.isDirectory(p)) {
        // A FIFO or a device would block or never end: data come from files, folders or «-».
        throw new UsageException(
            "«"
                + p
                + "» no es un archivo normal ni una carpeta (es una FIFO, un dispositivo o un"
                + " socket); guarde las mediciones en un archivo, o use «-» para leerlas de la"
                + " entrada estándar");
      }
      paths.add(p);
    }
    return List.copyOf(paths);
  }

  private Path stdin() {
    MpiCommand root = (MpiCommand) mixee.root().userObject();
    try {
      return root.stdinCopy();
    } catch (IOException e) {
      throw new UsageException("no se pudo leer la entrada estándar: " + IoReason.of(e), e);
    }
  }
}
