package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests for the issue-14 bugs of {@code -o}: outputs that destroyed inputs, devices,
 * symlinks and permissions, and temporary files left behind (docs/seguridad.md). Devices are only
 * ever stood in for by a FIFO and symlinks made inside the test's temporary folder.
 */
class OutputSafetyTest {

  private static final Path DATA = Path.of("src/test/resources/packet/mediciones.csv");

  @TempDir Path dir;

  private Path data() throws IOException {
    Path copy = dir.resolve("datos.csv");
    Files.copy(DATA, copy);
    return copy;
  }

  private static CliRun report(Path output, Path... data) {
    String[] args = new String[5 + data.length];
    args[0] = "report";
    args[1] = "--period";
    args[2] = "2025-Q2";
    args[3] = "-o";
    args[4] = output.toString();
    for (int i = 0; i < data.length; i++) {
      args[5 + i] = data[i].toString();
    }
    return CliRun.run(args);
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void outputEqualToInputCsvIsRefused() throws IOException {
    Path csv = data();
    byte[] before = Files.readAllBytes(csv);
    CliRun r = report(csv, csv);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("es un archivo de entrada").contains("no se sobrescribe");
    assertThat(Files.readAllBytes(csv)).isEqualTo(before);
    assertThat(files()).containsExactly("datos.csv");
  }

  @Test
  void packetOutputEqualToInputCsvIsRefused() throws IOException {
    Path csv = data();
    byte[] before = Files.readAllBytes(csv);
    CliRun r = CliRun.run("packet", "--period", "2025-Q2", "-o", csv.toString(), csv.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(Files.readAllBytes(csv)).isEqualTo(before);
  }

  @Test
  void outputEqualToPlanIsRefused() throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.copy(Path.of("plan-2025.yaml"), plan);
    byte[] before = Files.readAllBytes(plan);
    CliRun r =
        CliRun.run(
            "template", "--plan", plan.toString(), "--period", "2025-Q2", "-o", plan.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("es un archivo de entrada");
    assertThat(Files.readAllBytes(plan)).isEqualTo(before);
  }

  @Test
  void outputSymlinkToInputIsRefused() throws IOException {
    Path csv = data();
    byte[] before = Files.readAllBytes(csv);
    Path link = Files.createSymbolicLink(dir.resolve("salida.pdf"), csv.getFileName());
    CliRun r = report(link, csv);
    assertThat(r.code()).isEqualTo(2);
    assertThat(Files.readAllBytes(csv)).isEqualTo(before);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void outputHardLinkToInputIsRefused() throws IOException {
    Path csv = data();
    Path hard = Files.createLink(dir.resolve("otra.pdf"), csv);
    CliRun r = report(hard, csv);
    assertThat(r.code()).isEqualTo(2);
    assertThat(Files.readAllBytes(hard)).isEqualTo(Files.readAllBytes(DATA));
  }

  @Test
  void dataFileInsideInputFolderIsRefused() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("datos"));
    Files.copy(DATA, folder.resolve("a.csv"));
    CliRun r =
        CliRun.run(
            "packet", "--period", "2025-Q2", "-o", folder.resolve("b.csv").toString(), "" + folder);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("se leería como datos");
    assertThat(folder.resolve("b.csv")).doesNotExist();
  }

  @Test
  void devNullIsNeverReplaced() throws IOException, InterruptedException {
    Path fifo = dir.resolve("fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path devNull = Files.createSymbolicLink(dir.resolve("null"), fifo);
    CliRun r = report(devNull, DATA);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no es un archivo normal");
    assertThat(Files.isSymbolicLink(devNull)).isTrue();
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.isDirectory(fifo)).isFalse();
    assertThat(files()).containsExactly("fifo", "null");
  }

  @Test
  void fifoOutputIsRefusedForTheTemplateToo() throws IOException, InterruptedException {
    Path fifo = dir.resolve("fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CliRun r = CliRun.run("template", "--period", "2025-Q2", "-o", fifo.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(files()).containsExactly("fifo");
  }

  @Test
  void aFolderWhereTheDefaultNameGoesIsRefused() throws IOException {
    Files.createDirectories(dir.resolve("informe-2025-Q2.pdf"));
    CliRun r = report(dir, DATA);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("es una carpeta");
  }

  @Test
  void symlinkOutputIsWrittenThroughNotReplaced() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real")).resolve("informe.pdf");
    Files.writeString(real, "viejo");
    Path link = Files.createSymbolicLink(dir.resolve("informe.pdf"), real);
    CliRun r = report(link, DATA);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllBytes(real)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void danglingSymlinkOutputCreatesItsTarget() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("nuevo.csv"), Path.of("destino.csv"));
    CliRun r = CliRun.run("template", "--period", "2025-Q2", "-o", link.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(dir.resolve("destino.csv"))).startsWith("\uFEFFindicador,");
  }

  @Test
  void privateOutputKeepsItsPermissions() throws IOException {
    Path target = dir.resolve("informe.pdf");
    Files.writeString(target, "viejo");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
    CliRun r = report(target, DATA);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-------");
  }

  @Test
  void groupReadableOutputStaysGroupReadable() throws IOException {
    Path target = dir.resolve("p.csv");
    Files.writeString(target, "viejo");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
    CliRun r = CliRun.run("template", "--period", "2025-Q2", "-o", target.toString(), "--force");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-rw----");
  }

  @Test
  void newPacketIsOwnerOnlyUnlessPermisosSaysOtherwise() throws IOException {
    Path a = dir.resolve("a.pdf");
    Path b = dir.resolve("b.pdf");
    assertThat(CliRun.run("packet", "--period", "2025-Q2", "-o", a.toString(), "" + DATA).code())
        .isZero();
    assertThat(
            CliRun.run(
                    "packet",
                    "--period",
                    "2025-Q2",
                    "--permisos",
                    "640",
                    "-o",
                    b.toString(),
                    "" + DATA)
                .code())
        .isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void badPermisosIsAUsageError() {
    CliRun r =
        CliRun.run(
            "packet", "--period", "2025-Q2", "--permisos", "rwx", "-o", dir + "/a.pdf", "" + DATA);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--permisos rwx no es un modo octal");
  }

  @Test
  void staleTempFilesOfKilledRunsAreRemovedAndNoneIsLeft() throws IOException {
    Path ours = dir.resolve(".mpi-informe.pdf.99999999-0a1b2c3d.tmp");
    Path legacy = dir.resolve(".informe.pdf.1a2b3c4d.tmp");
    Path stranger = dir.resolve(".informe.pdf.mine");
    for (Path p : List.of(ours, legacy, stranger)) {
      Files.writeString(p, "x");
      Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    }
    CliRun r = report(dir.resolve("informe.pdf"), DATA);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(files()).containsExactly(".informe.pdf.mine", "informe.pdf");
  }

  @Test
  void dashWritesThePdfToStandardOutputAndTheMessageToStandardError() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            java.io.InputStream.nullInputStream(),
            bytes,
            new PrintWriter(out),
            new PrintWriter(err),
            "report",
            "--period",
            "2025-Q2",
            "-o",
            "-",
            DATA.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(bytes.toByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    assertThat(err.toString()).contains("Informe escrito en la salida estándar");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void markdownToStandardOutputIsRefused() {
    CliRun r = CliRun.run("report", "--period", "2025-Q2", "--format", "md", "-o", "-", "" + DATA);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no puede ir a la salida estándar");
  }

  @Test
  void failedMarkdownRunKeepsThePreviousReportAndItsCharts() throws IOException {
    Path md = dir.resolve("informe.md");
    assertThat(
            CliRun.run("report", "--period", "2025-Q2", "--format", "md", "-o", "" + md, "" + DATA)
                .code())
        .isZero();
    List<String> before = files();
    String text = Files.readString(md);
    Path t = Files.createDirectories(dir.resolve("plantillas"));
    Files.writeString(t.resolve("informe.md.ftl"), "${report.noExiste}");
    CliRun r =
        CliRun.run(
            "report",
            "--period",
            "2025-Q1",
            "--format",
            "md",
            "--templates",
            t.toString(),
            "-o",
            "" + md,
            "" + DATA);
    assertThat(r.code()).isEqualTo(1);
    assertThat(Files.readString(md)).isEqualTo(text);
    List<String> expected = new java.util.ArrayList<>(before);
    expected.add("plantillas");
    expected.sort(null);
    assertThat(files()).isEqualTo(expected);
  }

  @Test
  void markdownOfAnotherPeriodReplacesTheChartsWithTheText() throws IOException {
    Path md = dir.resolve("informe.md");
    for (String period : List.of("2025-Q1", "2025-Q2")) {
      assertThat(
              CliRun.run("report", "--period", period, "--format", "md", "-o", "" + md, "" + DATA)
                  .code())
          .isZero();
    }
    List<String> names = files();
    assertThat(names).hasSize(2).contains("informe.md");
    assertThat(Files.readString(md)).contains("](" + names.get(0) + "/estados.svg)");
  }
}
