package mx.gob.cdmx.mpi.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mx.gob.cdmx.mpi.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: SIGTERM in the middle of writing a report. A separate JVM writes a Markdown report of
 * about 90 MB (a template in the temporary folder makes it big, so that the write lasts) over an
 * earlier report; the moment its temporary file appears, the test sends SIGTERM. The earlier report
 * and its charts must be byte for byte as they were, and no temporary may remain.
 */
class SigtermTest {

  private static final String BIG =
      "<#list 1..1500000 as i>Línea ${i?c} del informe de prueba para la señal de terminar.\n"
          + "</#list>";

  @TempDir Path dir;

  @Test
  void sigtermDuringAReportWriteLeavesTheOldReportAndNoTemporary() throws Exception {
    Path csv = Files.copy(Golden.file("examples/2025-mensual.csv"), dir.resolve("datos.csv"));
    Path md = dir.resolve("informe.md");
    CliRun first =
        CliRun.run("report", "--period", "2025-Q2", "--format", "md", "-o", "" + md, "" + csv);
    assertThat(first.code()).as(first.err()).isZero();
    Path templates = Files.createDirectory(dir.resolve("plantillas"));
    Files.writeString(templates.resolve("informe.md.ftl"), BIG, StandardCharsets.UTF_8);
    Map<String, String> before = listing();

    try (WatchService watch = dir.getFileSystem().newWatchService()) {
      dir.register(watch, ENTRY_CREATE);
      Process p = start(templates, md, csv);
      boolean seen = waitForTemporary(watch, p);
      assertThat(seen).as("apareció el temporal de informe.md; log: %s", log()).isTrue();
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(log()).isEqualTo(143);
    }
    assertThat(log())
        .contains("se recibió la orden de terminar a media escritura")
        .doesNotContain("Exception");
    assertThat(listing()).as(log()).isEqualTo(before);
  }

  private Process start(Path templates, Path md, Path csv) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path")));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of("report", "--period", "2025-Q2", "--format", "md"));
    cmd.addAll(List.of("--templates", "" + templates, "--plantilla-mb", "200"));
    cmd.addAll(List.of("-o", "" + md, "" + csv));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolveSibling(dir.getFileName() + ".log").toFile())
        .start();
  }

  /** True once a temporary of the Markdown file ({@code .mpi-informe.md.PID-…}) is created. */
  private static boolean waitForTemporary(WatchService watch, Process p) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      WatchKey key = watch.poll(50, TimeUnit.MILLISECONDS);
      if (key == null) {
        if (!p.isAlive()) {
          return false;
        }
        continue;
      }
      for (WatchEvent<?> e : key.pollEvents()) {
        if (e.context() instanceof Path name && name.toString().startsWith(".mpi-informe.md.")) {
          return true;
        }
      }
      key.reset();
    }
    return false;
  }

  private String log() throws Exception {
    Path log = dir.resolveSibling(dir.getFileName() + ".log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  /** Every entry under the folder with its size and content hash (temporaries included). */
  private Map<String, String> listing() throws Exception {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        m.put(
            dir.relativize(f).toString(),
            Files.isRegularFile(f)
                ? Files.size(f) + " " + java.util.Arrays.hashCode(Files.readAllBytes(f))
                : "dir");
      }
    }
    return m;
  }
}
