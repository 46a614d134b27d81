package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mpi report} as a user meets it: files written, messages, usage errors, templates. */
class ReportCommandTest {

  private static final Path DATA = Path.of("src/test/resources/report/golden/trimestral-2025-Q2");

  @TempDir Path dir;

  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  private static CliRun report(String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("report", "--period", "2025-Q2"));
    args.addAll(List.of(options));
    try (Stream<Path> files = Files.list(DATA)) {
      files
          .filter(f -> f.toString().endsWith(".csv"))
          .sorted()
          .forEach(f -> args.add(f.toString()));
    }
    return run(args.toArray(String[]::new));
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Path templates(String text) throws IOException {
    Path t = Files.createDirectories(dir.resolve("plantillas"));
    Files.writeString(t.resolve("informe.md.ftl"), text, StandardCharsets.UTF_8);
    return t;
  }

  @Test
  void writesThePdfAndSaysWhereAndHowManyPages() throws IOException {
    Path target = dir.resolve("informe.pdf");
    CliRun r = report("-o", target.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).matches("Informe escrito en .*informe\\.pdf \\(\\d+ páginas\\)\\R");
    assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    assertThat(files()).containsExactly("informe.pdf");
  }

  @Test
  void writesTheMarkdownWithItsChartsBesideIt() throws IOException {
    CliRun r = report("--format", "md", "-o", dir.resolve("junta.md").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("junta.md").contains("junta-graficas-");
    assertThat(files()).hasSize(2).contains("junta.md");
    String charts = files().get(0);
    assertThat(charts).matches("junta-graficas-[0-9a-f]{12}");
    assertThat(Files.readString(dir.resolve("junta.md")))
        .contains("](" + charts + "/avance.svg)")
        .contains("](" + charts + "/estados.svg)");
    assertThat(dir.resolve(charts).resolve("avance.svg")).exists();
  }

  @Test
  void namesTheFileAfterThePeriodWhenGivenAFolder() throws IOException {
    CliRun r = report("--format", "md", "-o", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(files()).hasSize(2).contains("informe-2025-Q2.md");
    assertThat(files().get(0)).matches("informe-2025-Q2-graficas-[0-9a-f]{12}");
  }

  @Test
  void replacesAnEarlierReportAndItsCharts() throws IOException {
    Path target = dir.resolve("informe.md");
    Files.createDirectories(dir.resolve("informe-graficas"));
    Files.writeString(dir.resolve("informe-graficas/vieja.svg"), "<svg/>");
    Files.writeString(target, "viejo");
    CliRun r = report("--format", "md", "-o", target.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(target)).startsWith("# Informe trimestral");
    assertThat(files()).hasSize(2).contains("informe.md");
    String charts = files().get(0);
    assertThat(charts).matches("informe-graficas-[0-9a-f]{12}");
    try (Stream<Path> s = Files.list(dir.resolve(charts))) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted())
          .contains("avance.svg", "estados.svg", "tendencia-1-1-1.svg")
          .doesNotContain("vieja.svg");
    }
  }

  @Test
  void aFailingTemplateLeavesNoFileBehind() throws IOException {
    Path t = templates("# ${report.title}\n${report.noExiste}\n");
    CliRun r =
        report(
            "--format",
            "md",
            "--templates",
            t.toString(),
            "-o",
            dir.resolve("informe.md").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("plantilla «informe.md.ftl», línea 2");
    assertThat(r.out()).isEmpty();
    assertThat(files()).containsExactly("plantillas");
  }

  @Test
  void aFailingTemplateKeepsTheEarlierReport() throws IOException {
    Path target = dir.resolve("informe.md");
    Files.writeString(target, "anterior");
    Path t = templates("${report.noExiste}");
    CliRun r = report("--format", "md", "--templates", t.toString(), "-o", target.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(Files.readString(target)).isEqualTo("anterior");
    assertThat(files()).containsExactly("informe.md", "plantillas");
  }

  @Test
  void refusesATemplateThatTriesToRunAProgram() throws IOException {
    Path t = templates("${\"freemarker.template.utility.Execute\"?new()(\"id\")}");
    CliRun r =
        report(
            "--format",
            "md",
            "--templates",
            t.toString(),
            "-o",
            dir.resolve("informe.md").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("«?new» está prohibido").contains("ejecutar programas");
    assertThat(r.err()).doesNotContain("uid=");
    assertThat(files()).containsExactly("plantillas");
  }

  @Test
  void refusesATemplateThatUsesApi() throws IOException {
    Path t = templates("${report?api.getClass()}");
    CliRun r =
        report(
            "--format",
            "md",
            "--templates",
            t.toString(),
            "-o",
            dir.resolve("informe.md").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("«?api» está prohibido");
    assertThat(files()).containsExactly("plantillas");
  }

  @Test
  void usesTheTemplatesOfTheFolder() throws IOException {
    Path t = templates("${report.title} | ${report.indicatorCount}\n");
    CliRun r =
        report(
            "--format",
            "md",
            "--templates",
            t.toString(),
            "-o",
            dir.resolve("informe.md").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("informe.md")))
        .isEqualTo("Informe trimestral abril–junio 2025 | 26\n");
  }

  @Test
  void rejectsBadOptionsAsUsageErrors() throws IOException {
    Path out = dir.resolve("informe.md");
    assertThat(report("--date", "15/07/2025", "-o", out.toString()).err())
        .contains("fecha no válida en --date");
    assertThat(report("--date", "2025-13-01", "-o", out.toString()).code()).isEqualTo(2);
    CliRun missing =
        report("--format", "md", "--templates", dir.resolve("no").toString(), "-o", out.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no existe la carpeta de plantillas");
    Files.createDirectories(dir.resolve("vacia"));
    CliRun empty =
        report(
            "--format", "md", "--templates", dir.resolve("vacia").toString(), "-o", out.toString());
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("no contiene informe.md.ftl");
    assertThat(report("--templates", dir.toString(), "-o", out.toString()).err())
        .contains("--templates sólo se usa con --format md");
    CliRun noDir = report("-o", dir.resolve("no/existe.pdf").toString());
    assertThat(noDir.code()).isEqualTo(2);
    assertThat(noDir.err()).contains("no existe la carpeta de salida");
    assertThat(report("--period", "2024-Q1", "-o", out.toString()).code()).isEqualTo(2);
    assertThat(report("--format", "docx", "-o", out.toString()).code()).isEqualTo(2);
    assertThat(files()).containsExactly("vacia");
  }

  @Test
  void takesTheDateFromTheOptionThenFromSourceDateEpoch() {
    assertThat(DateOption.resolve("2025-07-15", "0")).isEqualTo(LocalDate.of(2025, 7, 15));
    assertThat(DateOption.resolve(null, "1752537600")).isEqualTo(LocalDate.of(2025, 7, 15));
    assertThat(DateOption.resolve(null, null)).isNull();
    assertThat(DateOption.resolve(null, " ")).isNull();
    assertThatThrownBy(() -> DateOption.resolve(null, "ayer"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("SOURCE_DATE_EPOCH");
  }
}
