package mx.gob.cdmx.mpi.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why an input or output operation failed, in Spanish: «permiso denegado», «disco lleno», «sistema
 * de archivos de sólo lectura»… never a Java class name.
 */
public final class IoReason {
  private IoReason() {}

  /** The reason of {@code e} in a few Spanish words. */
  public static String of(IOException e) {
    if (e instanceof TempFiles.Ending) {
      return e.getMessage();
    }
    String text = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
    if (lower.contains("no space left") || lower.contains("disk quota")) {
      return "disco lleno";
    }
    if (lower.contains("read-only file system")) {
      return "sistema de archivos de sólo lectura";
    }
    if (e instanceof AccessDeniedException
        || lower.contains("permission denied")
        || lower.contains("operation not permitted")) {
      return "permiso denegado";
    }
    if (e instanceof NoSuchFileException || lower.contains("no such file")) {
      return "no existe";
    }
    if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
      return "no es una carpeta";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "ya existe";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "la carpeta no está vacía";
    }
    if (e instanceof FileSystemLoopException || lower.contains("too many levels of symbolic")) {
      return "ciclo de enlaces simbólicos";
    }
    if (lower.contains("is a directory")) {
      return "es una carpeta";
    }
    if (lower.contains("file name too long")) {
      return "nombre de archivo demasiado largo";
    }
    if (lower.contains("too many open files")) {
      return "demasiados archivos abiertos";
    }
    if (lower.contains("stale file handle")) {
      return "el archivo de red ya no está disponible";
    }
    if (lower.contains("input/output error")) {
      return "error de entrada/salida del disco";
    }
    if (lower.contains("malformed input") || lower.contains("unmappable")) {
      return "nombre de archivo con caracteres que el sistema no puede representar";
    }
    return text == null || text.isBlank()
        ? "error del sistema de archivos"
        : "error del sistema de archivos: " + text.strip();
  }
}
