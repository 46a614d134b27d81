package mx.gob.cdmx.mpi.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spanish reason of an I/O failure (issue 14: messages named Java classes). Each reason is
 * checked against the exception Linux really gives where a test can provoke it in a temporary
 * folder, also as root; disk full and read-only file system, which a test cannot provoke without a
 * device or a mount, are built the way the JDK builds them from the kernel's error text.
 */
class IoReasonTest {

  @TempDir Path dir;

  private static String reasonOfReading(Path p) {
    try {
      Files.readAllBytes(p);
    } catch (IOException e) {
      return IoReason.of(e);
    }
    throw new AssertionError("se leyó " + p);
  }

  @Test
  void aFolderReadAsAFileIsAFolder() throws IOException {
    assertThat(reasonOfReading(Files.createDirectory(dir.resolve("datos.csv"))))
        .isEqualTo("es una carpeta");
  }

  @Test
  void aVanishedFileDoesNotExist() {
    assertThat(reasonOfReading(dir.resolve("borrado.csv"))).isEqualTo("no existe");
  }

  @Test
  void aFileUnderAFileIsNotInAFolder() throws IOException {
    Path file = Files.writeString(dir.resolve("a.csv"), "x");
    assertThat(reasonOfReading(file.resolve("b.csv"))).isEqualTo("no es una carpeta");
  }

  @Test
  void aSymlinkLoopIsNamed() throws IOException {
    Files.createSymbolicLink(dir.resolve("a"), dir.resolve("b"));
    Files.createSymbolicLink(dir.resolve("b"), dir.resolve("a"));
    assertThat(reasonOfReading(dir.resolve("a"))).isEqualTo("ciclo de enlaces simbólicos");
  }

  @Test
  void aNameTooLongIsNamed() {
    assertThat(reasonOfReading(dir.resolve("x".repeat(300))))
        .isEqualTo("nombre de archivo demasiado largo");
  }

  @Test
  void aKernelInputOutputErrorIsNamed() throws IOException {
    // Reading /proc/self/mem from offset 0 fails with EIO for every user, root included.
    Path mem = Files.createSymbolicLink(dir.resolve("mem.csv"), Path.of("/proc/self/mem"));
    assertThat(reasonOfReading(mem)).isEqualTo("error de entrada/salida del disco");
  }

  @Test
  void permissionDeniedAsTheJdkReportsIt() {
    // Files.* gives EACCES as AccessDeniedException(path) with no reason; FileInputStream as text.
    assertThat(IoReason.of(new AccessDeniedException("/datos/a.csv")))
        .isEqualTo("permiso denegado");
    assertThat(IoReason.of(new java.io.FileNotFoundException("/datos/a.csv (Permission denied)")))
        .isEqualTo("permiso denegado");
  }

  @Test
  void diskFullAndReadOnlyFileSystemAsTheJdkReportsThem() {
    assertThat(IoReason.of(new FileSystemException("/d/x.tmp", null, "No space left on device")))
        .isEqualTo("disco lleno");
    assertThat(IoReason.of(new IOException("No space left on device"))).isEqualTo("disco lleno");
    assertThat(IoReason.of(new FileSystemException("/d/x.tmp", null, "Disk quota exceeded")))
        .isEqualTo("disco lleno");
    assertThat(IoReason.of(new FileSystemException("/d/x.tmp", null, "Read-only file system")))
        .isEqualTo("sistema de archivos de sólo lectura");
  }

  @Test
  void noReasonIsAJavaClassName() {
    assertThat(IoReason.of(new NoSuchFileException("/d/a.csv"))).isEqualTo("no existe");
    assertThat(IoReason.of(new IOException((String) null)))
        .isEqualTo("error del sistema de archivos");
    assertThat(IoReason.of(new FileSystemException("/d/a", null, "Too many open files")))
        .isEqualTo("demasiados archivos abiertos");
  }
}
