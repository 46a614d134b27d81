package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import mx.gob.cdmx.mpi.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a plan or data file that cannot be read says why in Spanish, never with a Java class
 * name ({@code AccessDeniedException}, {@code IOException}), and a FIFO never makes a reader wait
 * forever. Every file is made in a temporary folder; real devices are never used.
 */
class ReaderIoErrorsTest {

  @TempDir Path dir;

  private CliRun run(String... args) {
    CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.run(args));
    assertThat(r.all()).doesNotContain("Exception", "\tat ", "error interno");
    return r;
  }

  private Path fifo(String name) throws Exception {
    Path fifo = dir.resolve(name);
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    return fifo;
  }

  /** A file every read of which fails with EIO, for root too: the JVM's own /proc/self/mem. */
  private Path failingRead(String name) throws Exception {
    return Files.createSymbolicLink(dir.resolve(name), Path.of("/proc/self/mem"));
  }

  @Test
  void readerIoErrorNamesNoJavaClass() throws Exception {
    CliRun r = run("validate", failingRead("datos.csv").toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.all())
        .contains(
            "datos.csv: error: no se pudo leer el archivo: error de entrada/salida del disco");
  }

  @Test
  void planThatCannotBeReadSaysWhy() throws Exception {
    CliRun r = run("--plan", failingRead("plan.yaml").toString(), "plan", "show");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.err()).contains("no se pudo leer el plan: error de entrada/salida del disco");
  }

  @Test
  void planThatIsAFolderSaysItIsAFolder() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("plan.yaml"));
    CliRun r = run("--plan", folder.toString(), "plan", "show");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("es una carpeta; indique el archivo .yaml del plan");
  }

  @Test
  void planThatIsAFifoIsRefusedWithoutWaiting() throws Exception {
    CliRun r = run("--plan", fifo("plan.yaml").toString(), "plan", "show");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no es un archivo normal (es una FIFO");
  }

  @Test
  void dataFifoIsRefusedInsteadOfWaitingForever() throws Exception {
    CliRun r = run("validate", fifo("datos.csv").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("no es un archivo normal ni una carpeta")
        .contains("use «-» para leerlas de la entrada estándar");
  }

  @Test
  void dataFileWithoutReadPermission() throws Exception {
    Path csv = dir.resolve("datos.csv");
    Files.copy(Golden.file("examples/2025-mensual.csv"), csv);
    Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("---------"));
    CliRun r = run("validate", csv.toString());
    if (Files.isReadable(csv)) {
      // Root ignores permission bits: the file is read, and that is what root gets.
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("1 archivo, 18 filas: sin errores");
    } else {
      assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
      assertThat(r.all()).contains("no se pudo leer el archivo: permiso denegado");
    }
  }

  @Test
  void dataFolderWithoutReadPermission() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("datos"));
    Files.copy(Golden.file("examples/2025-mensual.csv"), folder.resolve("a.csv"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    try {
      CliRun r = run("validate", folder.toString());
      if (Files.isReadable(folder)) {
        // Root lists and reads the folder anyway.
        assertThat(r.code()).as(r.err()).isZero();
      } else {
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.all()).contains("no se pudo leer la carpeta: permiso denegado");
      }
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
