package mx.gob.cdmx.mpi.render.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import mx.gob.cdmx.mpi.Golden;
import mx.gob.cdmx.mpi.evaluate.Evaluator;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.validate.ValidationResult;
import mx.gob.cdmx.mpi.validate.Validator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packet of the bundled example data, as the "done when" command writes it. */
class PacketExamplesTest {

  /**
   * The examples as a path relative to the working folder (Maven runs tests in the project folder),
   * so the packet's annexes, which print the input paths, read the same in every clone.
   */
  private static final Path EXAMPLES =
      Path.of("").toAbsolutePath().relativize(Golden.file("examples"));

  private static final Path GOLDEN_TEXT =
      Golden.PROJECT.resolve("src/test/resources/packet/golden/carpeta-2025-Q2.txt");
  private static final PacketOptions OPTIONS =
      new PacketOptions("Segunda Sesión Ordinaria 2025", LocalDate.of(2025, 6, 26), "0.0.0-test");

  @TempDir Path dir;

  @Test
  void examplePacketForTheSecondSessionIsValidPdfA1bAndReproducible() throws IOException {
    RenderedPacket first = render();
    RenderedPacket second = render();
    assertThat(second.pdf()).isEqualTo(first.pdf());
    Path file = dir.resolve("carpeta.pdf");
    Files.write(file, first.pdf());
    assertThat(PacketPdfATest.preflight(file.toFile())).isEmpty();
  }

  /**
   * Every word and figure of the example packet, as PDFBox extracts it, against {@code
   * src/test/resources/packet/golden/carpeta-2025-Q2.txt}, which was read by eye when accepted.
   * Regenerate with {@code -Dgolden.update=true} (the run then fails on purpose), read the diff,
   * and run again without it.
   */
  @Test
  void examplePacketTextIsTheReviewedOne() throws IOException {
    String text;
    try (PDDocument doc = PDDocument.load(render().pdf())) {
      text = new PDFTextStripper().getText(doc);
    }
    if (Golden.updating()) {
      Files.createDirectories(GOLDEN_TEXT.getParent());
      Files.writeString(GOLDEN_TEXT, text, StandardCharsets.UTF_8);
      Golden.rewritten(GOLDEN_TEXT);
    }
    assertThat(text).isEqualTo(Files.readString(Golden.file(GOLDEN_TEXT.toString())));
  }

  @Test
  void summaryTablesAreNotSplitOntoAMostlyEmptyPage() throws IOException {
    // regression: «Por programa» ran two rows onto a new page, and the table of indicators that
    // need attention sat alone on a page; now it follows the counts and the programme table moves
    // whole
    try (PDDocument doc = PDDocument.load(render().pdf())) {
      PDFTextStripper page = new PDFTextStripper();
      page.setStartPage(4);
      page.setEndPage(4);
      assertThat(page.getText(doc))
          .contains("Indicadores por estado")
          .contains("Indicadores que requieren atención");
      page.setStartPage(5);
      page.setEndPage(5);
      assertThat(page.getText(doc))
          .contains("Por programa")
          .contains("1. ATENCIÓN INTEGRAL")
          .contains("6. PLANEACIÓN");
    }
  }

  private static RenderedPacket render() {
    Plan plan = PacketFixture.plan();
    ValidationResult v = Validator.validate(plan, List.of(EXAMPLES));
    assertThat(v.hasErrors()).as("los ejemplos validan sin errores").isFalse();
    return PacketRenderer.render(
        Evaluator.evaluate(plan, v.data(), Period.parse("2025-Q2")), v, OPTIONS);
  }
}
