package mx.gob.cdmx.mpi.render.packet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.Evaluator;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.validate.ValidationResult;
import mx.gob.cdmx.mpi.validate.Validator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** The embedded 2025 plan evaluated for 2025-Q2 on the test data, and PDF reading helpers. */
final class PacketFixture {

  static final LocalDate DATE = LocalDate.of(2025, 6, 26);
  static final String SESSION = "Segunda Sesión Ordinaria 2025";

  private PacketFixture() {}

  /** A test data file, relative to the project folder (where Maven runs the tests). */
  static Path data(String name) {
    Path path = Path.of("src/test/resources/packet", name);
    if (!java.nio.file.Files.isRegularFile(path)) {
      throw new IllegalStateException("missing test data " + path.toAbsolutePath());
    }
    return path;
  }

  static List<Path> inputs() {
    return List.of(data("mediciones.csv"), data("otras.csv"));
  }

  static Plan plan() {
    return PlanReader.readEmbedded().plan();
  }

  static ValidationResult validation() {
    return Validator.validate(plan(), inputs());
  }

  static Evaluation evaluation(ValidationResult validation) {
    return Evaluator.evaluate(plan(), validation.data(), Period.parse("2025-Q2"));
  }

  static RenderedPacket render(PacketOptions options) {
    ValidationResult v = validation();
    return PacketRenderer.render(evaluation(v), v, options);
  }

  static RenderedPacket render() {
    return render(new PacketOptions(SESSION, DATE, "9.9.9-test"));
  }

  static PDDocument load(byte[] pdf) {
    try {
      return PDDocument.load(new ByteArrayInputStream(pdf));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of pages {@code from}..{@code to} (1-based, inclusive). */
  static String text(PDDocument doc, int from, int to) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      return stripper.getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of page {@code page} (1-based), top to bottom. */
  static List<mx.gob.cdmx.mpi.render.pdf.PdfLines.Line> lines(PDDocument doc, int page) {
    return mx.gob.cdmx.mpi.render.pdf.PdfLines.of(doc, page);
  }

  /** A bookmark: its title, depth and the 1-based page its destination is on. */
  record Bookmark(String title, int level, int page) {}

  /** Every bookmark, depth first, in document order. */
  static List<Bookmark> bookmarks(PDDocument doc) {
    List<Bookmark> out = new ArrayList<>();
    walk(doc, doc.getDocumentCatalog().getDocumentOutline(), 0, out);
    return out;
  }

  private static void walk(PDDocument doc, PDOutlineNode node, int level, List<Bookmark> out) {
    if (node == null) {
      return;
    }
    for (PDOutlineItem item : node.children()) {
      try {
        int page = doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
        out.add(new Bookmark(item.getTitle(), level, page));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      walk(doc, item, level + 1, out);
    }
  }
}
