package mx.gob.cdmx.mpi.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files and folders of an output, beside their target: named {@code
 * .mpi-NAME.PID-RANDOM.tmp}, deleted on every exit path (a shutdown hook covers SIGTERM and
 * Ctrl-C), and, when a run was killed with {@code kill -9}, removed by the next run that writes in
 * the same folder.
 */
public final class TempFiles {
  private TempFiles() {}

  /** Our temporary names: {@code .mpi-informe.pdf.4242-0a1b2c3d.tmp}. */
  static final Pattern OURS = Pattern.compile("\\.mpi-.*\\.([0-9]{1,10})-[0-9a-f]{8}\\.tmp");

  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  private static volatile boolean hooked;

  /**
   * Set under the class lock when the shutdown hook starts: from then on no temporary is created
   * and none is renamed into place, so a SIGTERM in the middle of a write leaves the previous
   * output and no temporary (the hook deletes those already made).
   */
  private static boolean ending;

  /** What a run stopped by SIGTERM or Ctrl-C in the middle of a write says on its way out. */
  static final String INTERRUPTED =
      "mpi: se recibió la orden de terminar a media escritura; se borraron los archivos"
          + " temporales y la salida anterior, si había, quedó intacta.";

  /** The failure of a step attempted after SIGTERM or Ctrl-C. */
  static final class Ending extends IOException {
    private static final long serialVersionUID = 1L;

    Ending() {
      super("mpi recibió la orden de terminar (SIGTERM o Ctrl-C)");
    }
  }

  /** A step on the file system that may throw. */
  @FunctionalInterface
  interface Step<T> {
    T run() throws IOException;
  }

  /**
   * Runs {@code step} — creating a temporary, or renaming one into place — unless the run is
   * ending; the shutdown hook waits for a step under way before it deletes the temporaries.
   */
  static <T> T unlessEnding(Step<T> step) throws IOException {
    synchronized (TempFiles.class) {
      if (ending) {
        throw new Ending();
      }
      return step.run();
    }
  }

  /** A free temporary name beside {@code target}, registered for deletion at exit. */
  static Path beside(Path target) {
    hook();
    String name = target.getFileName().toString();
    if (name.length() > 80) {
      name = name.substring(0, 80);
    }
    Path dir = target.getParent();
    Path candidate;
    do {
      byte[] random = new byte[4];
      ThreadLocalRandom.current().nextBytes(random);
      candidate =
          dir.resolve(
              ".mpi-"
                  + name
                  + "."
                  + ProcessHandle.current().pid()
                  + "-"
                  + HexFormat.of().formatHex(random)
                  + ".tmp");
    } while (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS) || !LIVE.add(candidate));
    return candidate;
  }

  /** Deletes {@code temp} (a file or a folder) if it still exists and forgets it. */
  static void discard(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      deleteTree(temp);
    } catch (IOException e) {
      // Left for the next run's sweep; the output itself is not affected.
    } finally {
      LIVE.remove(temp);
    }
  }

  /** Forgets {@code temp} once it has been renamed into place. */
  static void kept(Path temp) {
    LIVE.remove(temp);
  }

  /**
   * Removes from {@code dir} the temporary files of earlier runs that died: ours by name, older
   * than this process, and whose process is gone. Errors are ignored (the sweep is a courtesy).
   */
  static void sweep(Path dir, Set<String> legacyPrefixes) {
    Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*")) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (stale(name, legacyPrefixes) && olderThan(p, started)) {
          deleteTree(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // A folder we cannot list or clean is reported by the write itself, if it matters.
    }
  }

  private static boolean stale(String name, Set<String> legacyPrefixes) {
    Matcher m = OURS.matcher(name);
    if (m.matches()) {
      long pid = Long.parseLong(m.group(1));
      return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty();
    }
    // Versions before docs/seguridad.md named them ".TARGET.HEX.tmp" and ".TARGET.HEX.old".
    for (String prefix : legacyPrefixes) {
      if (name.startsWith(prefix)
          && name.substring(prefix.length()).matches("[0-9a-f]{1,10}\\.(tmp|old)")) {
        return true;
      }
    }
    return false;
  }

  private static boolean olderThan(Path p, Instant started) throws IOException {
    FileTime t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
    return t.toInstant().isBefore(started);
  }

  /** Deletes a file, a symlink (not its target) or a folder tree without following links. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(root);
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.deleteIfExists(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void hook() {
    if (hooked) {
      return;
    }
    synchronized (TempFiles.class) {
      if (!hooked) {
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      synchronized (TempFiles.class) {
                        ending = true;
                      }
                      if (!LIVE.isEmpty()) {
                        for (Path p : LIVE) {
                          discard(p);
                        }
                        byte[] line =
                            (INTERRUPTED + System.lineSeparator())
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        System.err.write(line, 0, line.length); // UTF-8, as Main writes
                        System.err.flush();
                      }
                    },
                    "mpi-temp-cleanup"));
        hooked = true;
      }
    }
  }
}
