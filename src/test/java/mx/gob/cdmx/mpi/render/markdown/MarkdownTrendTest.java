package mx.gob.cdmx.mpi.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mx.gob.cdmx.mpi.Golden;
import mx.gob.cdmx.mpi.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The year's trend in the Markdown ficha (docs/informes.md, «Tendencia del año»), on the data of
 * {@code examples/} and the schedule of {@code plan-2025.yaml}. The figures were worked by hand:
 *
 * <ul>
 *   <li>1.1.2 (target 6 sesiones, calendario 25/50/75/100 % at the close of each quarter, so 0
 *       expected in January and February, 1.5 from March, 3 in June); monthly rows 1, 0, 1, 0, 1, 0
 *       → to date 1, 1, 2, 2, 3, 3; over the expected: —, —, 2/1.5 = 133.3 %, 133.3 %, 3/1.5 =
 *       200.0 %, 3/3 = 100.0 %.
 *   <li>1.3 (target 5 talleres, same calendario: 0 by February, 1.25 from March, 2.5 in June);
 *       bimonthly rows B1 = 0, B2 = 1, B3 = 1 → to date February 0, April 1, June 2; 1/1.25 = 80.0
 *       %, 2/2.5 = 80.0 %.
 *   <li>1.1.1 (target 4, 1 expected in March, 2 in June); quarterly rows Q1 = 1, Q2 = 1 → March 1
 *       of 1 = 100.0 %, June 2 of 2 = 100.0 %; in the March–April report, April has no figure (the
 *       Q2 row closes in June).
 *   <li>1.4 (no scheduled target): monthly rows 38, 41, 45, 52, 47, 44 → to date 38, 79, 124, 176,
 *       223, 267.
 * </ul>
 */
class MarkdownTrendTest {

  @TempDir Path dir;

  @Test
  void theFichaOf112GivesTheMonthlyToDateAgainstTheScheduleInText() throws IOException {
    String ficha = ficha(report("2025-Q2"), "1.1.2");

    assertThat(ficha)
        .contains(
            "| Mes | Realizado acumulado | Meta acumulada del calendario | Realizado entre meta"
                + " acumulada |",
            "| Enero | 1 | 0 | — |",
            "| Febrero | 1 | 0 | — |",
            "| Marzo | 2 | 1.5 | 133.3 % |",
            "| Abril | 2 | 1.5 | 133.3 % |",
            "| Mayo | 3 | 1.5 | 200.0 % |",
            "| Junio | 3 | 3 | 100.0 % |",
            "«—» en la última columna: en ese mes el calendario todavía no espera avance.");
    assertThat(ficha).doesNotContain("| Julio");
  }

  @Test
  void bimonthlyAndUnscheduledIndicatorsListOnlyTheMonthsWithData() throws IOException {
    String md = report("2025-Q2");

    assertThat(ficha(md, "1.3"))
        .contains("| Febrero | 0 | 0 | — |", "| Abril | 1 | 1.25 | 80.0 % |")
        .contains("| Junio | 2 | 2.5 | 80.0 % |")
        .doesNotContain("| Marzo |", "| Mayo |");
    assertThat(ficha(md, "1.4"))
        .contains("| Mes | Realizado acumulado |\n|:---|---:|\n| Enero | 38 |\n| Febrero | 79 |")
        .contains("| Marzo | 124 |\n| Abril | 176 |\n| Mayo | 223 |\n| Junio | 267 |")
        .contains("el plan no da a este indicador una meta acumulada en cifras")
        .doesNotContain("Meta acumulada del calendario");
  }

  @Test
  void everyChartIsLinkedAndWrittenBesideTheReport() throws IOException {
    String ficha = ficha(report("2025-Q2"), "1.1.1");
    Path charts = charts();

    assertThat(ficha)
        .contains("| Marzo | 1 | 1 | 100.0 % |\n| Junio | 2 | 2 | 100.0 % |")
        .contains("![Gráfica: tendencia de 1.1.1 en 2025")
        .contains(charts.getFileName() + "/tendencia-1-1-1.svg)");
    String svg = Files.readString(charts.resolve("tendencia-1-1-1.svg"), StandardCharsets.UTF_8);
    assertThat(svg).contains("<title>Tendencia de 1.1.1 en 2025").contains(">dic</text>");
  }

  @Test
  void aMonthWithoutFullDataAtTheCloseIsSaid() throws IOException {
    assertThat(ficha(report("2025-B2"), "1.1.1"))
        .contains("| Marzo | 1 | 1 | 100.0 % |")
        .doesNotContain("| Abril |")
        .contains("Sin cifra al cierre de abril: faltan datos de algún mes desde enero.");
  }

  @Test
  void thePublicEditionSaysWhyAPeopleCountHasNoMonths() throws IOException {
    String ficha = ficha(report("2025-Q2", "--publico"), "1.2.2a");

    assertThat(ficha)
        .contains("En la edición pública no se publican las cifras mes a mes de este indicador")
        .doesNotContain("| Mes |");
  }

  @Test
  void tickStepsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertThat(SvgCharts.tickStep(6)).isEqualTo(2);
    assertThat(SvgCharts.tickStep(267)).isEqualTo(100);
    assertThat(SvgCharts.tickStep(1)).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(SvgCharts.tickStep(4)).isEqualTo(1);
  }

  /** The ficha of {@code id}: from its heading to the next heading. */
  private static String ficha(String md, String id) {
    int start = md.indexOf("\n### " + id + " ");
    assertThat(start).as("ficha %s", id).isPositive();
    int end = md.indexOf("\n### ", start + 1);
    int chapter = md.indexOf("\n## ", start + 1);
    if (end < 0 || (chapter >= 0 && chapter < end)) {
      end = chapter;
    }
    return md.substring(start, end < 0 ? md.length() : end);
  }

  private String report(String period, String... extra) throws IOException {
    Path target = dir.resolve("informe.md");
    List<String> args = new ArrayList<>(List.of("report", "--period", period, "--format", "md"));
    args.addAll(List.of(extra));
    args.addAll(List.of("-o", target.toString(), Golden.file("examples").toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            java.io.InputStream.nullInputStream(),
            null,
            java.util.Map.<String, String>of()::get,
            new PrintWriter(out),
            new PrintWriter(err),
            args.toArray(String[]::new));
    assertThat(code).as("salida de error: %s", err).isZero();
    return Files.readString(target, StandardCharsets.UTF_8);
  }

  private Path charts() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).findFirst().orElseThrow();
    }
  }
}
