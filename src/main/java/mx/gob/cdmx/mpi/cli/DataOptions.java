package mx.gob.cdmx.mpi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The measurement files or folders a command reads: a mixin for every command that needs data. */
final class DataOptions {

  @Parameters(
      paramLabel = "DATOS",
      arity = "1..*",
      description = "Archivos CSV de mediciones o carpetas que los contienen.")
  List<Path> data;

  /** The paths as given; a usage error (exit 2) names the first one that does not exist. */
  List<Path> paths() {
    for (Path p : data) {
      if (!Files.exists(p)) {
        throw new UsageException("no existe el archivo o carpeta: " + p);
      }
    }
    return List.copyOf(data);
  }
}
