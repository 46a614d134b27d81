package mx.gob.cdmx.mpi.render.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.Evaluator;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.render.packet.PacketFixture.Bookmark;
import mx.gob.cdmx.mpi.render.pdf.PdfReport;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import mx.gob.cdmx.mpi.validate.ValidationResult;
import mx.gob.cdmx.mpi.validate.Validator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan of {@value #INDICATORS} indicators with a year of monthly data ({@value #ROWS} rows): more
 * rows than the packet lays out at a time in its data annex, more bars than fit on one page of the
 * report's progress chart.
 */
class NationalSizeTest {

  static final int INDICATORS = 90;
  static final int ROWS = INDICATORS * 12;

  private static Plan plan;
  private static ValidationResult validation;
  private static Evaluation evaluation;

  @BeforeAll
  static void generate(@TempDir Path dir) throws IOException {
    StringBuilder yaml =
        new StringBuilder(
            """
            id: plan-grande
            institucion: "Institución de prueba"
            nombre_corto: "GRANDE"
            anio: 2025
            titulo: "PLAN GRANDE"
            programas:
              - id: "1"
                nombre: "PROGRAMA ÚNICO"
            indicadores:
            """);
    StringBuilder csv = new StringBuilder("indicador,periodo,valor,nota\n");
    for (int i = 1; i <= INDICATORS; i++) {
      yaml.append("  - id: \"1.")
          .append(i)
          .append("\"\n")
          .append("    programa: \"1\"\n")
          .append("    nombre: \"Acciones del área ")
          .append(i)
          .append(".\"\n")
          .append("    meta: 120\n")
          .append("    unidad: \"acciones\"\n")
          .append("    calendario: [25, 50, 75, 100]\n")
          .append("    sentido: ascendente\n")
          .append("    formula: \"realizadas / programadas * 100\"\n")
          .append("    variables:\n")
          .append("      - {nombre: realizadas, tipo: entero, agregacion: suma}\n");
      for (int m = 1; m <= 12; m++) {
        csv.append("1.").append(i).append(",2025-").append(m < 10 ? "0" : "").append(m);
        csv.append(',').append((i * 7 + m) % 15).append(",fila ").append(i).append('-');
        csv.append(m).append('\n');
      }
    }
    Path planFile = dir.resolve("plan.yaml");
    Path data = dir.resolve("datos.csv");
    Files.writeString(planFile, yaml, StandardCharsets.UTF_8);
    Files.writeString(data, csv, StandardCharsets.UTF_8);
    PlanReader.Result read = PlanReader.read(planFile);
    assertThat(read.problems()).isEmpty();
    plan = read.plan();
    validation = Validator.validate(plan, List.of(data));
    assertThat(validation.hasErrors()).isFalse();
    evaluation = Evaluator.evaluate(plan, validation.data(), Period.parse("2025"));
  }

  @Test
  void aDataAnnexLaidOutInPartsKeepsEveryRowAndItsHeaderOnEveryPage() throws IOException {
    // Regression: the whole annex was one table held in memory (240,000 rows took 1.2 GB of
    // memory).
    assertThat(ROWS).isGreaterThan(AnnexPages.FLUSH_ROWS);
    RenderedPacket packet =
        PacketRenderer.render(
            evaluation, validation, new PacketOptions("Sesión", LocalDate.of(2026, 1, 15), "t"));
    try (PDDocument pdf = PacketFixture.load(packet.pdf())) {
      List<Bookmark> marks = PacketFixture.bookmarks(pdf);
      int first = page(marks, "Anexo A. Mediciones recibidas");
      int last = page(marks, "Anexo B. Resultado de la validación") - 1;
      assertThat(last - first).isGreaterThan(10);
      int rows = 0;
      for (int p = first; p <= last; p++) {
        String text = PacketFixture.text(pdf, p, p);
        assertThat(text).as("página %d del anexo", p).contains("Periodo", "Variable", "Fuente");
        rows += count(text, "realizadas");
      }
      assertThat(rows).isEqualTo(ROWS);
      String all = PacketFixture.text(pdf, first, last);
      for (int i = 1; i <= INDICATORS; i += 37) {
        assertThat(all).contains("fila " + i + "-1", "fila " + i + "-12");
      }
    }
  }

  @Test
  void aProgressChartTallerThanAPageGoesOnAsManyPagesAsItNeeds() throws IOException {
    // Regression: one chart image of 10,000 bars ran off its page and was cut.
    ReportModel model = ReportModel.of(evaluation, LocalDate.of(2026, 1, 15));
    PdfReport.Rendered report = PdfReport.render(model, LocalDate.of(2026, 1, 15));
    try (PDDocument pdf = PacketFixture.load(report.bytes())) {
      List<Bookmark> marks = PacketFixture.bookmarks(pdf);
      int first = page(marks, "Avance hacia la meta anual");
      int last = page(marks, "1. PROGRAMA ÚNICO") - 1;
      assertThat(last - first + 1).isGreaterThanOrEqualTo(INDICATORS / 25);
      String lastPage = PacketFixture.text(pdf, last, last);
      assertThat(lastPage).contains("1." + INDICATORS + " ");
      String firstPage = PacketFixture.text(pdf, first, first);
      assertThat(firstPage).contains("1.1 ").doesNotContain("1." + INDICATORS + " ");
    }
  }

  private static int page(List<Bookmark> marks, String title) {
    return marks.stream().filter(b -> b.title().equals(title)).findFirst().orElseThrow().page();
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      n++;
    }
    return n;
  }
}
