package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import mx.gob.cdmx.mpi.render.pdf.TypeScale;

/**
 * The heading «… (continuación)» at the top of a page on which a ficha goes on from the page
 * before, so no part of a ficha (its plan text, its notes) ever sits on a page without saying whose
 * it is. While a ficha is open ({@link #open}), ending a page reserves room at the top of the next
 * one, and starting that page writes the heading in it.
 */
final class Continuation extends PdfPageEventHelper {

  /** The leading of the heading's lines, and the gap below it. */
  private static final float LEADING = TypeScale.H2 * 1.3f;

  private static final float GAP = 8;

  private final Style style;
  private final float left;
  private final float right;
  private final float top;
  private final float bottom;
  private String open;

  /** The heading the next page is to carry, and the one the current page carries when it ends. */
  private String next;

  private String due;
  private float dueHeight;

  Continuation(Style style, float left, float right, float top, float bottom) {
    this.style = style;
    this.left = left;
    this.right = right;
    this.top = top;
    this.bottom = bottom;
  }

  /** The ficha now being laid out ({@code id} and name), or null when none is. */
  void open(String title) {
    this.open = title;
  }

  private String heading() {
    String title = open.endsWith(".") ? open.substring(0, open.length() - 1) : open;
    return title + " (continuación)";
  }

  /** How many lines the heading takes across the text column (long names wrap). */
  private int lines(Document document) {
    float width = style.fonts.bold().getWidthPoint(heading(), TypeScale.H2);
    float column = document.getPageSize().getWidth() - left - right;
    return (int) Math.ceil(width / (column * 0.95f));
  }

  /**
   * Before an explicit new page, with {@code y} the current vertical position: forgets the heading
   * due on the current page when nothing was written on it (a ficha that ended exactly at a page's
   * foot), because that empty page is then reused for what follows.
   */
  void beforeNewPage(PdfWriter writer, Document document, float y) {
    float pageTop = document.getPageSize().getHeight() - top;
    if (due != null && y >= pageTop - dueHeight - 0.5f) {
      due = null;
    }
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    if (due != null) {
      // the page got content below the reserved room: write the heading there
      draw(writer, document);
      due = null;
    }
    if (open != null) {
      dueHeight = lines(document) * LEADING + GAP;
      document.setMargins(left, right, top + dueHeight, bottom);
      next = heading();
    }
  }

  @Override
  public void onStartPage(PdfWriter writer, Document document) {
    if (next == null) {
      return;
    }
    document.setMargins(left, right, top, bottom);
    due = next;
    next = null;
  }

  private void draw(PdfWriter writer, Document document) {
    ColumnText column = new ColumnText(writer.getDirectContent());
    Phrase heading = new Phrase(due, style.bold(TypeScale.H2, Style.MUTED));
    float pageTop = document.getPageSize().getHeight() - top;
    column.setSimpleColumn(
        heading,
        left,
        pageTop - dueHeight,
        document.getPageSize().getWidth() - right,
        pageTop,
        LEADING,
        Element.ALIGN_LEFT);
    try {
      column.go();
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException("cannot write the continuation heading", e);
    }
  }
}
