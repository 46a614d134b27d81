package mx.gob.cdmx.mpi.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The lines of a PDF page as a reader sees them, top to bottom, with their height on the page. */
public final class PdfLines {

  /** A line of text and the distance of its baseline from the top of the page. */
  public record Line(String text, float y) {}

  private PdfLines() {}

  /** The lines of page {@code page} (1-based); runs on one baseline are one line. */
  public static List<Line> of(PDDocument doc, int page) {
    List<Line> lines = new ArrayList<>();
    try {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> p) {
              float y = p.get(0).getYDirAdj();
              Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
              if (last != null && Math.abs(last.y() - y) < 2) {
                lines.set(lines.size() - 1, new Line(last.text() + " " + text, last.y()));
              } else {
                lines.add(new Line(text, y));
              }
            }
          };
      stripper.setSortByPosition(true);
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      stripper.getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
