package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mpi report --publico} on the fixture of {@code src/test/resources/publico} (its README has
 * the figures worked by hand): no note, no data source, small counts of people as "menos de 5",
 * figures that would give them away "reservado".
 */
class PublicEditionCommandTest {

  static final Path DATA = Path.of("src/test/resources/publico/mediciones.csv");

  @TempDir Path dir;

  private String markdown(boolean publico) throws IOException {
    return markdown(publico, DATA);
  }

  /** The Q2 Markdown report of {@code data}, public edition or internal. */
  private String markdown(boolean publico, Path data) throws IOException {
    Path out = dir.resolve(publico ? "publico.md" : "interno.md");
    List<String> args =
        new ArrayList<>(List.of("report", "--period", "2025-Q2", "--format", "md", "-o"));
    args.add(out.toString());
    args.add(data.toString());
    if (publico) {
      args.add(1, "--publico");
    }
    CliRun r = CliRun.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return Files.readString(out);
  }

  /** The lines of the ficha of indicator {@code id}, up to the next heading. */
  private static String ficha(String md, String id) {
    int start = md.indexOf("\n### " + id + " ");
    int end = md.indexOf("\n### ", start + 1);
    return md.substring(start, end < 0 ? md.length() : end);
  }

  @Test
  void theInternalReportShowsTheNotesThePublicOneDropsThem() throws IOException {
    String internal = markdown(false);
    assertThat(internal).contains("NOTA-SECRETA-B").contains("FUENTE-INTERNA");
    String pub = markdown(true);
    assertThat(pub)
        .doesNotContain("NOTA-SECRETA")
        .doesNotContain("FUENTE-INTERNA")
        .doesNotContain("ACCION-SECRETA");
    assertThat(pub).contains("Edición pública").doesNotContain("Notas del periodo");
  }

  @Test
  void smallCountsReadMenosDe5AndWhatWouldGiveThemAwayIsReserved() throws IOException {
    String pub = markdown(true);
    // 1.2.2b: 0 then 2 -> both windows hold 2 people.
    assertThat(ficha(pub, "1.2.2b"))
        .contains("| Periodo (abril–junio 2025) | — | menos de 5 |")
        .contains("| Acumulado (enero–junio 2025) | — | menos de 5 |")
        .doesNotContain("| 2 |");
    // 1.2.3: 9 then 3; to date 12 would give 12 - 9 = 3 away.
    assertThat(ficha(pub, "1.2.3"))
        .contains("| Periodo (abril–junio 2025) | — | menos de 5 | realizadas = menos de 5 |")
        .contains("| Acumulado (enero–junio 2025) | — | reservado | realizadas = reservado |")
        .doesNotContain("12");
    // 1.5.1: 9 against a 2024-Q2 baseline of 3; to date 16 against 2 + 3 = 5.
    assertThat(ficha(pub, "1.5.1"))
        .contains("| 9 | (9 / menos de 5) × 100 = reservado | menos de 5 |")
        .contains("| 16 | (16 / reservado) × 100 = reservado | reservado |")
        .contains("Las cifras de la comparación se reservan")
        .doesNotContain("300.0")
        .doesNotContain("320.0");
    // 1.4: 3 then 8; to date 11 would give 11 - 8 = 3 away.
    assertThat(ficha(pub, "1.4"))
        .contains("| Periodo (abril–junio 2025) | — | 8 |")
        .contains("| Acumulado (enero–junio 2025) | — | reservado |")
        .doesNotContain("11");
    // 1.2.2a counts people but 7 and 13 are publishable.
    assertThat(ficha(pub, "1.2.2a")).contains("| 7 |").contains("| 13 |");
    // 1.1.1 counts sessions, not people: 1 of 1 is shown.
    assertThat(ficha(pub, "1.1.1")).contains("(1 / 1) × 100 = 100.0 %");
  }

  @Test
  void periodStatusOfAWithheldPeriodResultIsReservedInThePublicReport() throws IOException {
    // regression: the public report withheld 1.2.1's period result (3 people, «menos de 5») but
    // still printed its colour, which tells the range of 3 / 14 × 100 = 21.4 % (red)
    Path data = dir.resolve("personas.csv");
    Files.writeString(
        data,
        "indicador,periodo,valor\n1.2.1,2025-Q1,14\n1.2.1,2025-Q2,3\n",
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ficha(markdown(false, data), "1.2.1")).contains("Estado del periodo: 🔴 Rojo");
    assertThat(ficha(markdown(true, data), "1.2.1"))
        .contains("Estado del periodo: ⚪ Reservado")
        .doesNotContain("🔴")
        .doesNotContain("21.4");
  }

  @Test
  void theInternalReportKeepsEveryFigure() throws IOException {
    String internal = markdown(false);
    assertThat(ficha(internal, "1.2.3")).contains("realizadas = 12");
    assertThat(ficha(internal, "1.5.1")).contains("(16 / 5) × 100 = 320.0 %");
  }

  @Test
  void thePublicPdfShowsNeitherNotesNorSmallCounts() throws IOException {
    CliRun r =
        CliRun.run(
            "report", "--publico", "--period", "2025-Q2", "-o", dir.toString(), DATA.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Path pdf = dir.resolve("informe-2025-Q2-publico.pdf");
    String text;
    try (PDDocument doc = PDDocument.load(pdf.toFile())) {
      text = new PDFTextStripper().getText(doc);
    }
    assertThat(text)
        .doesNotContain("NOTA-SECRETA")
        .doesNotContain("FUENTE-INTERNA")
        .doesNotContain("ACCION-SECRETA");
    assertThat(text).contains("menos de 5").contains("Edición pública");
  }
}
