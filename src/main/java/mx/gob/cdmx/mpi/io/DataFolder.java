package mx.gob.cdmx.mpi.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The files of a data folder, walked recursively (see {@code docs/validacion.md}): the {@code .csv}
 * and {@code .xlsx} files to read and every other file met, both in sorted order (folder by folder,
 * names compared as text). Lock files that Excel ({@code ~$libro.xlsx}) and LibreOffice ({@code
 * .~lock.libro.xlsx#}) leave while a workbook is open, and a folder's {@code README.md} or {@code
 * LEAME.txt}, and hidden files and folders ({@code .git/}, {@code .github/}), are in neither list.
 * Symbolic links to files are read; links to folders are not followed (they are listed among the
 * others).
 */
public record DataFolder(List<Path> data, List<Path> ignored) {

  public DataFolder {
    data = List.copyOf(data);
    ignored = List.copyOf(ignored);
  }

  /** Walks {@code folder}; throws only when the folder itself cannot be listed. */
  public static DataFolder scan(Path folder) throws IOException {
    List<Path> data = new ArrayList<>();
    List<Path> ignored = new ArrayList<>();
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(folder) && isHidden(dir.getFileName().toString())
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (isLockFile(name) || isReadme(name) || isHidden(name)) {
              return FileVisitResult.CONTINUE;
            }
            if (isDataName(name) && Files.isRegularFile(file)) {
              data.add(file);
            } else {
              ignored.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(folder)) {
              throw e;
            }
            ignored.add(file);
            return FileVisitResult.CONTINUE;
          }
        });
    data.sort(BY_PATH);
    ignored.sort(BY_PATH);
    return new DataFolder(data, ignored);
  }

  /** Folder by folder, each name compared as text, so {@code a/z.csv} comes before {@code a-b}. */
  static final Comparator<Path> BY_PATH =
      (a, b) -> {
        int n = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < n; i++) {
          int c = a.getName(i).toString().compareTo(b.getName(i).toString());
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
      };

  /**
   * True for a hidden name ({@code .git}, {@code .github}, {@code .gitlab-ci.yml}): a data
   * repository's own machinery, never data, skipped without a warning.
   */
  public static boolean isHidden(String name) {
    return name.startsWith(".");
  }

  /** True for a name ending in {@code .csv} or {@code .xlsx}, in any case. */
  public static boolean isDataName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".csv") || lower.endsWith(".xlsx");
  }

  /** True for Excel's {@code ~$name} and LibreOffice's {@code .~lock.name#} lock files. */
  public static boolean isLockFile(String name) {
    return name.startsWith("~$") || (name.startsWith(".~lock.") && name.endsWith("#"));
  }

  /**
   * True for a folder's own notes, {@code README} or {@code LEAME} with a {@code .md} or {@code
   * .txt} extension (any case): they describe the data and are skipped without a warning.
   */
  public static boolean isReadme(String name) {
    return name.toLowerCase(Locale.ROOT).matches("(readme|leame)\\.(md|txt)");
  }

  /** A Spanish hint for a file that is not read, starting with {@code "; "}, or empty. */
  public static String hint(Path file) {
    if (Files.isDirectory(file)) {
      return "; es un enlace a una carpeta, que no se recorre: indique la carpeta por su nombre";
    }
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String format = SpreadsheetFormats.otherFormat(lower);
    if (format != null) {
      return "; " + SpreadsheetFormats.saveAsHint(format);
    }
    return "";
  }
}
