package mx.gob.cdmx.mpi.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way the tool writes a file: {@link #check} an output path before any work (refusing one
 * that resolves to an input, the plan, a folder or a device), then {@link #write} it all at once.
 * See docs/seguridad.md.
 *
 * <p>A write goes to a temporary file beside the real target (symlinks are followed, so a link is
 * written through, never replaced), takes the old file's permissions (or the umask's, or the ones
 * asked for), and is renamed into place; the temporary file is deleted on every exit path.
 */
public final class Outputs {

  /** Extensions of files a data folder is read for: an output there would be read as data. */
  private static final Set<String> DATA_EXTENSIONS = Set.of("csv", "tsv", "txt", "xlsx", "xls");

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private final List<Path> inputFiles = new ArrayList<>();
  private final List<Path> inputFolders = new ArrayList<>();
  private final List<Path> templateFolders = new ArrayList<>();
  private final OutputStream stdout;

  private Outputs(OutputStream stdout) {
    this.stdout = stdout;
  }

  /**
   * Outputs guarded against destroying {@code inputs} (data files and folders, the plan); {@code
   * stdout} receives an output named {@code -} (null: standard output is not available).
   */
  public static Outputs protecting(List<Path> inputs, OutputStream stdout) {
    Outputs o = new Outputs(stdout);
    for (Path p : inputs) {
      o.protect(p);
    }
    return o;
  }

  /** Also protects every file of {@code folder} (a templates folder), whatever its name. */
  public Outputs protectingFolder(Path folder) {
    real(folder).ifPresent(templateFolders::add);
    return this;
  }

  private void protect(Path input) {
    real(input)
        .ifPresent(
            r -> {
              if (Files.isDirectory(r)) {
                inputFolders.add(r);
              } else {
                inputFiles.add(r);
              }
            });
  }

  private static java.util.Optional<Path> real(Path p) {
    try {
      return java.util.Optional.of(p.toRealPath());
    } catch (IOException | InvalidPathException e) {
      return java.util.Optional.empty();
    }
  }

  /** Where an output goes: standard output, or a real file path (symlinks already followed). */
  public record Target(Path requested, Path real, boolean stdout) {

    /** The name the user gave, for messages. */
    @Override
    public String toString() {
      return stdout ? "la salida estándar" : requested.toString();
    }
  }

  /** Whether {@code option} names standard output ({@code -o -}). */
  public static boolean isStdout(Path option) {
    return option != null && option.toString().equals("-");
  }

  /**
   * Checks {@code requested} before any work: its folder must exist and be writable; it must not be
   * a folder, a device, a FIFO or a socket, nor resolve (through symlinks and hard links) to an
   * input, the plan, a file of a templates folder, or a data file inside a data folder.
   *
   * @throws OutputException with the reason, when the path is refused (nothing was touched)
   */
  public Target check(Path requested) {
    if (isStdout(requested)) {
      if (stdout == null) {
        throw new OutputException("la salida estándar no está disponible para esta salida");
      }
      return new Target(requested, null, true);
    }
    Path real = resolve(requested);
    BasicFileAttributes attrs = attributes(real);
    if (attrs != null && attrs.isDirectory()) {
      throw new OutputException(
          "la salida " + requested + " es una carpeta; indique un archivo dentro de ella");
    }
    if (attrs != null && !attrs.isRegularFile()) {
      throw new OutputException(
          "la salida "
              + requested
              + " no es un archivo normal (es un dispositivo, una FIFO o un socket); no se"
              + " escribe en él. Indique un archivo, o «-o -» para la salida estándar");
    }
    refuseInputs(requested, real, attrs != null);
    if (!Files.isWritable(real.getParent())) {
      throw new OutputException(
          "no se puede escribir en la carpeta " + real.getParent() + ": permiso denegado");
    }
    if (attrs != null && !Files.isWritable(real)) {
      throw new OutputException("no se puede reemplazar " + requested + ": permiso denegado");
    }
    return new Target(requested, real, false);
  }

  private void refuseInputs(Path requested, Path real, boolean exists) {
    for (Path input : inputFiles) {
      if (real.equals(input) || (exists && same(real, input))) {
        throw new OutputException(
            "la salida "
                + requested
                + " es un archivo de entrada ("
                + input
                + "); no se sobrescribe. Indique otro nombre con -o");
      }
    }
    String name = real.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (Path folder : inputFolders) {
      if (real.startsWith(folder) && DATA_EXTENSIONS.contains(ext)) {
        throw new OutputException(
            "la salida "
                + requested
                + " queda en la carpeta de datos "
                + folder
                + " y se leería como datos; no se escribe ahí. Indique otra carpeta con -o");
      }
    }
    for (Path folder : templateFolders) {
      if (real.startsWith(folder)) {
        throw new OutputException(
            "la salida "
                + requested
                + " queda en la carpeta de plantillas "
                + folder
                + "; no se escribe ahí. Indique otra carpeta con -o");
      }
    }
  }

  private static boolean same(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** The real path of {@code requested}: links followed, even a dangling one; folder must exist. */
  private static Path resolve(Path requested) {
    Path p;
    try {
      p = requested.toAbsolutePath();
    } catch (InvalidPathException | java.io.IOError e) {
      throw new OutputException("la ruta de salida " + requested + " no es válida");
    }
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops > 40) {
        throw new OutputException(
            "la salida " + requested + " es un ciclo de enlaces simbólicos; indique otro archivo");
      }
      try {
        p = p.getParent().resolve(Files.readSymbolicLink(p));
      } catch (IOException e) {
        throw new OutputException(
            "no se pudo leer el enlace " + requested + ": " + IoReason.of(e), e);
      }
    }
    Path parent = p.getParent();
    if (parent == null || p.getFileName() == null) {
      throw new OutputException("la salida " + requested + " no es un archivo");
    }
    if (!Files.isDirectory(parent)) {
      throw new OutputException("no existe la carpeta de salida: " + parent);
    }
    try {
      return parent.toRealPath().resolve(p.getFileName());
    } catch (IOException e) {
      throw new OutputException(
          "no se pudo abrir la carpeta de salida " + parent + ": " + IoReason.of(e), e);
    }
  }

  private static BasicFileAttributes attributes(Path real) {
    try {
      return Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
  }

  /** Permissions of a new file: those of an existing one, else {@code mode}, else the umask's. */
  public record Mode(Set<PosixFilePermission> newFile, boolean force) {
    /** New files per the umask; existing files keep theirs. */
    public static final Mode DEFAULT = new Mode(null, false);

    /** New files owner-only (0600), for documents with personal data; existing keep theirs. */
    public static final Mode PRIVATE =
        new Mode(PosixFilePermissions.fromString("rw-------"), false);

    /** Exactly {@code octal} (e.g. {@code 640}), new or existing; null when not octal. */
    public static Mode octal(String octal) {
      if (octal == null || !octal.matches("0?[0-7]{3}")) {
        return null;
      }
      int bits = Integer.parseInt(octal, 8);
      StringBuilder sb = new StringBuilder();
      String rwx = "rwx";
      for (int i = 8; i >= 0; i--) {
        sb.append((bits & (1 << i)) != 0 ? rwx.charAt((8 - i) % 3) : '-');
      }
      return new Mode(PosixFilePermissions.fromString(sb.toString()), true);
    }
  }

  /** Writes {@code bytes} to {@code target} all at once (see the class comment). */
  public void write(Target target, byte[] bytes, Mode mode) {
    if (target.stdout()) {
      try {
        stdout.write(bytes);
        stdout.flush();
      } catch (IOException e) {
        throw new OutputException("no se pudo escribir en la salida estándar: " + IoReason.of(e));
      }
      return;
    }
    Path real = target.real();
    TempFiles.sweep(real.getParent(), legacy(real));
    Path temp = TempFiles.beside(real);
    try {
      Set<PosixFilePermission> perms = finalPermissions(real, mode);
      writeNew(temp, bytes);
      if (perms != null) {
        Files.setPosixFilePermissions(temp, perms);
      }
      move(temp, real);
      TempFiles.kept(temp);
      temp = null;
    } catch (IOException e) {
      throw new OutputException(
          "no se pudo escribir "
              + target
              + ": "
              + IoReason.of(e)
              + " (el archivo anterior, si"
              + " había, quedó intacto)",
          e);
    } finally {
      TempFiles.discard(temp);
    }
  }

  /**
   * Writes a Markdown file and its folder of charts as one unit: the folder is named after its
   * content ({@code BASE-graficas-HASH}, the name {@code markdown} must already link to, see {@link
   * #chartsFolderName}), written first under a temporary name and renamed; then the Markdown is
   * written; then chart folders of earlier runs of the same file are removed. A kill at any point
   * leaves the previous pair, or the new one, whole.
   */
  public void writeWithFolder(
      Target target, byte[] markdown, String folderName, Map<String, byte[]> files, Mode mode) {
    if (target.stdout()) {
      throw new OutputException(
          "un informe Markdown no puede ir a la salida estándar: sus gráficas necesitan una"
              + " carpeta; indique un archivo con -o");
    }
    Path real = target.real();
    Path dir = real.getParent();
    Path folder = dir.resolve(folderName);
    TempFiles.sweep(dir, legacy(folder));
    Path temp = null;
    try {
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !sameContent(folder, files)) {
        Path dirTemp = TempFiles.beside(folder);
        temp = dirTemp;
        TempFiles.unlessEnding(() -> Files.createDirectory(dirTemp));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
          Path file = temp.resolve(f.getKey());
          writeNew(file, f.getValue());
          if (POSIX) {
            Files.setPosixFilePermissions(file, Umask.newFilePermissions());
          }
        }
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
          TempFiles.deleteTree(folder);
        }
        move(temp, folder);
        TempFiles.kept(temp);
        temp = null;
      }
    } catch (IOException e) {
      throw new OutputException(
          "no se pudo escribir la carpeta de gráficas " + folder + ": " + IoReason.of(e), e);
    } finally {
      TempFiles.discard(temp);
    }
    write(target, markdown, mode);
    removeOldFolders(real, folderName);
  }

  /**
   * The content-named chart folder of Markdown file {@code markdown}: {@code informe.md} and charts
   * {@code files} → {@code informe-graficas-1a2b3c4d5e6f}.
   */
  public static String chartsFolderName(Path markdown, Map<String, byte[]> files) {
    return chartsBase(markdown) + "-" + hash(files);
  }

  private static String chartsBase(Path markdown) {
    String name = markdown.getFileName().toString();
    String base =
        name.toLowerCase(Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    return base + "-graficas";
  }

  private static String hash(Map<String, byte[]> files) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
    files.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            f -> {
              md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
              md.update((byte) 0);
              md.update(ByteBuffer.allocate(8).putLong(f.getValue().length).array());
              md.update(f.getValue());
            });
    return HexFormat.of().formatHex(md.digest()).substring(0, 12);
  }

  private static boolean sameContent(Path folder, Map<String, byte[]> files) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
      int n = 0;
      for (Path p : s) {
        byte[] want = files.get(p.getFileName().toString());
        if (want == null
            || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            || !java.util.Arrays.equals(want, Files.readAllBytes(p))) {
          return false;
        }
        n++;
      }
      return n == files.size();
    }
  }

  /** Chart folders of earlier runs of the same Markdown file (and the pre-hash name). */
  private static void removeOldFolders(Path markdown, String keep) {
    String base = chartsBase(markdown);
    Pattern old = Pattern.compile(Pattern.quote(base) + "(-[0-9a-f]{12})?");
    try (DirectoryStream<Path> s = Files.newDirectoryStream(markdown.getParent())) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        if (!name.equals(keep)
            && old.matcher(name).matches()
            && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
            && onlyCharts(p)) {
          TempFiles.deleteTree(p);
        }
      }
    } catch (IOException e) {
      // An old chart folder left behind is untidy, not wrong: the Markdown names the new one.
    }
  }

  private static boolean onlyCharts(Path folder) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
      for (Path p : s) {
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            || !p.getFileName().toString().endsWith(".svg")) {
          return false;
        }
      }
    }
    return true;
  }

  private static Set<String> legacy(Path target) {
    return Set.of("." + target.getFileName() + ".");
  }

  private static Set<PosixFilePermission> finalPermissions(Path real, Mode mode)
      throws IOException {
    if (!POSIX) {
      return null;
    }
    if (mode.force()) {
      return mode.newFile();
    }
    if (Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
      return Files.getPosixFilePermissions(real, LinkOption.NOFOLLOW_LINKS);
    }
    return mode.newFile() != null ? mode.newFile() : Umask.newFilePermissions();
  }

  /**
   * Creates {@code path} owner-only (it may hold personal data) and writes all of {@code bytes}.
   */
  private static void writeNew(Path path, byte[] bytes) throws IOException {
    Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    FileAttribute<?>[] attrs =
        POSIX
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            }
            : new FileAttribute<?>[0];
    try (FileChannel ch = TempFiles.unlessEnding(() -> FileChannel.open(path, options, attrs))) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        ch.write(buffer);
      }
      ch.force(true);
    }
  }

  /**
   * Renames {@code from} over {@code to}, atomically where the file system can; never after
   * SIGTERM.
   */
  private static void move(Path from, Path to) throws IOException {
    TempFiles.unlessEnding(
        () -> {
          try {
            return Files.move(
                from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          } catch (AtomicMoveNotSupportedException e) {
            return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
          }
        });
  }
}
