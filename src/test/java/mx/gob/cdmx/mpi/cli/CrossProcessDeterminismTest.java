package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mx.gob.cdmx.mpi.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Same inputs, same bytes" across processes, not only within one: the packet and the PDF report of
 * the example data are written by two separate JVMs (the test classpath, {@code Main}) that differ
 * in time zone, locale and default charset, and the files must be byte for byte equal.
 */
class CrossProcessDeterminismTest {

  private static final Path EXAMPLES = Golden.file("examples");

  @TempDir Path dir;

  @Test
  void twoJvmsWriteTheSamePacketAndReportBytes() throws Exception {
    for (String kind : List.of("packet", "report")) {
      Path first = dir.resolve(kind + "-1.pdf");
      Path second = dir.resolve(kind + "-2.pdf");
      run(kind, first, "UTC", "en", "US", "US-ASCII");
      run(kind, second, "America/Mexico_City", "es", "MX", "UTF-8");
      assertThat(Files.size(first)).as(kind).isGreaterThan(10_000);
      assertThat(Files.readAllBytes(second)).as(kind).isEqualTo(Files.readAllBytes(first));
    }
  }

  private static void run(
      String command, Path output, String zone, String language, String country, String charset)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Duser.timezone=" + zone);
    cmd.add("-Duser.language=" + language);
    cmd.add("-Duser.country=" + country);
    cmd.add("-Dfile.encoding=" + charset);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(command, "--period", "2025-Q2", "--date", "2025-07-10"));
    if (command.equals("packet")) {
      cmd.addAll(List.of("--session", "Segunda Sesion Ordinaria 2025"));
    }
    cmd.addAll(List.of("-o", output.toString(), EXAMPLES.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.remove("SOURCE_DATE_EPOCH");
    env.put("TZ", zone);
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s terminó", command).isTrue();
    assertThat(p.exitValue()).as("%s: %s", command, log).isZero();
  }
}
