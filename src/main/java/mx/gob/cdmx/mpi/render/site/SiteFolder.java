package mx.gob.cdmx.mpi.render.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import mx.gob.cdmx.mpi.output.IoReason;
import mx.gob.cdmx.mpi.output.TempFiles;

/**
 * Writes the site's folder as one unit: every file into a hidden temporary folder beside the
 * target, then swapped in by renames, so a failure leaves the previous site (or none) whole. A
 * folder is replaced only when it is empty or an earlier site (its {@code index.html} carries the
 * generator mark), and never when it holds or is one of the inputs.
 */
public final class SiteFolder {

  /** Why a folder cannot be the site's. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private SiteFolder() {}

  /** Checks {@code target} before any work (see the class comment). */
  public static void check(Path target, List<Path> inputs) throws Refused {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new Refused("no existe la carpeta donde crear el sitio: " + parent);
    }
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
        throw new Refused(
            "la salida " + target + " existe y no es una carpeta; indique una carpeta nueva");
      }
      if (!empty(absolute) && !isSite(absolute)) {
        throw new Refused(
            "la carpeta "
                + target
                + " ya tiene archivos y no es un sitio generado por mpi; indique una carpeta"
                + " nueva o vacía (nunca se borra una carpeta ajena)");
      }
    }
    for (Path input : inputs) {
      Path in = real(input);
      Path out = real(absolute);
      if (in.startsWith(out) || out.startsWith(in)) {
        throw new Refused(
            "la carpeta del sitio "
                + target
                + " contiene o está dentro de los datos "
                + input
                + "; indique otra carpeta");
      }
    }
  }

  /** Writes {@code files} (relative path → bytes) as folder {@code target}. */
  public static void write(Path target, Map<String, byte[]> files) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path temp = sibling(absolute, ".tmp");
    Path old = null;
    try {
      Files.createDirectory(temp);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path file = temp.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, f.getValue());
      }
      if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
        old = sibling(absolute, ".old");
        move(absolute, old);
      }
      try {
        move(temp, absolute);
      } catch (IOException e) {
        if (old != null) {
          move(old, absolute);
          old = null;
        }
        throw e;
      }
      temp = null;
    } finally {
      if (temp != null) {
        TempFiles.deleteTree(temp);
      }
      if (old != null) {
        TempFiles.deleteTree(old);
      }
    }
  }

  private static boolean empty(Path dir) throws Refused {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new Refused("no se pudo leer la carpeta " + dir + ": " + IoReason.of(e));
    }
  }

  private static boolean isSite(Path dir) {
    Path index = dir.resolve("index.html");
    try {
      return Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)
          && Files.readString(index, StandardCharsets.UTF_8)
              .contains("<meta name=\"generator\" content=\"" + Site.GENERATOR + "\">");
    } catch (IOException e) {
      return false;
    }
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private static Path sibling(Path target, String suffix) {
    Path candidate;
    do {
      candidate =
          target.resolveSibling(
              "."
                  + target.getFileName()
                  + "."
                  + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFFFL)
                  + suffix);
    } while (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS));
    return candidate;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
