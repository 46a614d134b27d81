package mx.gob.cdmx.mpi.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import mx.gob.cdmx.mpi.evaluate.Status;
import mx.gob.cdmx.mpi.render.report.StatusView;

/**
 * A status as text: its symbol ({@link StatusMark}: ● Verde, ▲ Amarillo, ◆ Rojo…) in the status
 * colour followed by its word in bold, and "· Sobrecumplimiento" when the indicator is over target
 * — the colour is never shown alone.
 */
public final class StatusBadge {

  private StatusBadge() {}

  /**
   * "● Verde" (symbol coloured) at {@code size} points, with "· Sobrecumplimiento" if over target.
   */
  public static Phrase phrase(StatusView status, boolean overTarget, PdfFonts fonts, float size) {
    Phrase p = new Phrase();
    StatusMark mark = StatusMark.ofCode(status.code());
    p.add(new Chunk(mark.symbol() + "\u00A0", fonts.font(size * 1.15f, false, mark.mark())));
    p.add(new Chunk(status.word(), fonts.bold(size)));
    if (overTarget) {
      p.add(new Chunk(" · Sobrecumplimiento", fonts.font(size, false, PdfColors.INK)));
    }
    return p;
  }

  /** The same for a {@link Status}. */
  public static Phrase phrase(Status status, boolean overTarget, PdfFonts fonts, float size) {
    return phrase(StatusView.of(status), overTarget, fonts, size);
  }

  /** A borderless table cell holding the badge, vertically centred. */
  public static PdfPCell cell(StatusView status, boolean overTarget, PdfFonts fonts, float size) {
    PdfPCell cell = new PdfPCell(phrase(status, overTarget, fonts, size));
    cell.setBorder(PdfPCell.NO_BORDER);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPadding(3);
    return cell;
  }
}
