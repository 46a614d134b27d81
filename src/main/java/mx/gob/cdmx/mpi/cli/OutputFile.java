package mx.gob.cdmx.mpi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mx.gob.cdmx.mpi.render.output.ReportFiles;

/**
 * Writes an output file all at once: to a temporary file beside it, then renamed into place, so a
 * command that fails never leaves a half-written file (SPEC §6).
 */
final class OutputFile {
  private OutputFile() {}

  /** Writes {@code bytes} to {@code target}; a path that cannot be written is a usage error. */
  static void write(Path target, byte[] bytes) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException("no existe la carpeta de salida: " + (dir == null ? target : dir));
    }
    if (Files.isDirectory(absolute)) {
      throw new UsageException("la salida " + target + " es una carpeta; indique un archivo");
    }
    try {
      ReportFiles.writeFile(absolute, bytes);
    } catch (IOException e) {
      throw new UsageException("no se pudo escribir " + target + ": " + e.getMessage());
    }
  }
}
