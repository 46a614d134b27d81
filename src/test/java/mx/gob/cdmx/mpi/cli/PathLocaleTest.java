package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mx.gob.cdmx.mpi.Golden;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths with accents under {@code LC_ALL=C} with {@code LANG} unset (issue 14): Java 17 cannot
 * encode «Coordinación/datos ñ.csv» in that locale. The launcher switches Java to C.UTF-8, and a
 * bare {@code java -jar} explains in Spanish instead of an English {@code InvalidPathException}.
 * Each case runs a separate JVM with that environment in a temporary folder.
 */
class PathLocaleTest {

  private static final String ACCENTED = "Coordinación/datos ñ.csv";

  @TempDir Path dir;

  @BeforeEach
  void data() throws IOException {
    Files.createDirectories(dir.resolve("Coordinación"));
    Files.copy(Golden.file("examples/2025-mensual.csv"), dir.resolve(ACCENTED));
  }

  @Test
  void accentedPathUnderLcAllCIsNotAnEnglishInvalidPathException() throws Exception {
    Run r = run(javaMain(), "validate", ACCENTED);
    assertThat(r.code).as(r.output).isEqualTo(ExitCodes.USAGE);
    assertThat(r.output)
        .contains("tiene caracteres (acentos, ñ) que Java no puede usar")
        .contains("LC_ALL=C.UTF-8")
        .doesNotContain("InvalidPathException", "Invalid value", "Exception");
  }

  @Test
  void accentedFileInsideAFolderUnderLcAllCIsReportedNotAnInternalError() throws Exception {
    Files.writeString(
        dir.resolve("Coordinación/roto ñ.csv"), "indicador,periodo,valor\n1.1.2,2025-Q5,3\n");
    Run r = run(javaMain(), "validate", ".");
    assertThat(r.code).as(r.output).isEqualTo(ExitCodes.INPUT);
    assertThat(r.output).contains("bad-period").doesNotContain("error interno", "Exception");
  }

  @Test
  void distLauncherRunsJavaInUtf8UnderLcAllC() throws Exception {
    Run r = run(launcher(), "validate", ACCENTED);
    assertThat(r.code).as(r.output).isZero();
    assertThat(r.output).contains("1 archivo, 18 filas: sin errores");
  }

  /** The test's JVM running {@code Main} directly, as {@code java -jar mpi.jar} would. */
  private static List<String> javaMain() {
    return new ArrayList<>(
        List.of(javaBinary(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
  }

  /**
   * The distribution's {@code bin/mpi} in a copy of its layout whose {@code JAVA_HOME} holds a
   * {@code java} that runs the test classpath instead of {@code lib/mpi.jar} (no jar exists before
   * {@code package}); everything else in the launcher runs as shipped.
   */
  private List<String> launcher() throws IOException {
    Path home = Files.createDirectories(dir.resolve("dist"));
    Path bin = Files.createDirectories(home.resolve("bin"));
    Files.copy(Golden.file("src/dist/bin/mpi"), bin.resolve("mpi"));
    Path fakeJava = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
    Files.writeString(
        fakeJava,
        "#!/bin/sh\n"
            + "if [ \"$1\" = -version ]; then exec '"
            + javaBinary()
            + "' -version; fi\n"
            + "while [ $# -gt 0 ] && [ \"$1\" != -jar ]; do shift; done\n"
            + "shift 2\n"
            + "exec '"
            + javaBinary()
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' "
            + Main.class.getName()
            + " \"$@\"\n");
    Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwx------"));
    Files.setPosixFilePermissions(bin.resolve("mpi"), PosixFilePermissions.fromString("rwx------"));
    return new ArrayList<>(List.of("sh", bin.resolve("mpi").toString()));
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private record Run(int code, String output) {}

  private Run run(List<String> command, String... args) throws Exception {
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("MPI_"));
    env.put("LC_ALL", "C");
    env.put("JAVA_HOME", dir.resolve("jdk").toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("terminó: %s", out).isTrue();
    return new Run(p.exitValue(), out);
  }
}
