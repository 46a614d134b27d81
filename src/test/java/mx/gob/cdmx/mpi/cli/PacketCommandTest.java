package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mpi packet} as a user meets it: the file, the message, the date and the failures. */
class PacketCommandTest {

  private static final String DATA = "src/test/resources/packet/mediciones.csv";

  @TempDir Path dir;

  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void writesThePacketAndSaysWhereAndHowManyPages() throws IOException {
    Path target = dir.resolve("carpeta.pdf");
    CliRun r =
        run(
            "packet",
            "--period",
            "2025-Q2",
            "--session",
            "Segunda Sesión Ordinaria 2025",
            "--date",
            "2025-06-26",
            "-o",
            target.toString(),
            DATA);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).matches("Carpeta escrita en .*carpeta\\.pdf \\(\\d+ páginas\\)\\.\\R");
    assertThat(Files.readAllBytes(target))
        .startsWith("%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(files()).containsExactly("carpeta.pdf");
  }

  @Test
  void aFolderAsOutputGetsTheDefaultNameInside() throws IOException {
    CliRun r = run("packet", "--period", "2025-Q2", "-o", dir.toString(), DATA);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(files()).containsExactly("carpeta-junta-2025-Q2.pdf");
  }

  @Test
  void secondRunWithTheSameDateWritesIdenticalBytes() throws IOException {
    Path a = dir.resolve("a.pdf");
    Path b = dir.resolve("b.pdf");
    assertThat(
            run("packet", "--period", "2025-Q2", "--date", "2025-06-26", "-o", a.toString(), DATA)
                .code())
        .isZero();
    assertThat(
            run("packet", "--period", "2025-Q2", "--date", "2025-06-26", "-o", b.toString(), DATA)
                .code())
        .isZero();
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
  }

  @Test
  void dataWithErrorsStopsWithExit1AndLeavesNoFile() throws IOException {
    Path bad = dir.resolve("malo.csv");
    Files.writeString(bad, "indicador,periodo,valor\n9.9.9,2025-Q1,1\n");
    Path target = dir.resolve("carpeta.pdf");
    CliRun r = run("packet", "--period", "2025-Q2", "-o", target.toString(), bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("9.9.9");
    assertThat(files()).containsExactly("malo.csv");
  }

  @Test
  void missingOutputFolderIsAUsageErrorAndLeavesNothing() throws IOException {
    CliRun r =
        run(
            "packet",
            "--period",
            "2025-Q2",
            "-o",
            dir.resolve("no-existe/carpeta.pdf").toString(),
            DATA);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no existe la carpeta de salida");
    assertThat(files()).isEmpty();
  }

  @Test
  void badDateIsAUsageError() {
    CliRun r =
        run(
            "packet",
            "--period",
            "2025-Q2",
            "--date",
            "26/06/2025",
            "-o",
            dir.resolve("c.pdf").toString(),
            DATA);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("AAAA-MM-DD");
  }

  @Test
  void periodIsRequired() {
    CliRun r = run("packet", DATA);
    assertThat(r.code()).isEqualTo(2);
    // In Spanish, not picocli's "Missing required option".
    assertThat(r.err())
        .startsWith("mpi: falta --period")
        .contains("Use «mpi packet --help» para ver las opciones.")
        .doesNotContain("Missing");
  }

  private java.util.List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
