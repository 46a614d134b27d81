package mx.gob.cdmx.mpi.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Page event that draws a running header (left and right texts over a rule) and a footer (a rule, a
 * left text and "Página X de Y" on the right) on every page. Y is only known at the end, so each
 * page's number is written into a placeholder filled when the document closes; {@link #pages()}
 * then gives the total.
 */
public final class PageDecorator extends PdfPageEventHelper {

  private static final float SIZE = TypeScale.MARGINAL;
  private static final float NUMBER_WIDTH = 110;
  private static final PdfName ARTIFACT = new PdfName("Artifact");

  private final PdfFonts fonts;
  private final String headerLeft;
  private final String headerRight;
  private final String footerLeft;
  private final boolean headerOnFirstPage;
  private final List<PdfTemplate> numbers = new ArrayList<>();
  private int pages;

  /**
   * A decorator with these texts (null for none); with {@code headerOnFirstPage} false the first
   * page (a title page) has only the footer.
   */
  public PageDecorator(
      PdfFonts fonts,
      String headerLeft,
      String headerRight,
      String footerLeft,
      boolean headerOnFirstPage) {
    this.fonts = fonts;
    this.headerLeft = headerLeft;
    this.headerRight = headerRight;
    this.footerLeft = footerLeft;
    this.headerOnFirstPage = headerOnFirstPage;
  }

  /** The number of pages, known once the document is closed. */
  public int pages() {
    return pages;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte cb = writer.getDirectContent();
    // running header and footer are layout, not content: marked as artifacts for screen readers
    cb.beginMarkedContentSequence(ARTIFACT);
    Rectangle page = document.getPageSize();
    float left = document.left();
    float right = document.right();
    int number = writer.getPageNumber();
    if (number > 1 || headerOnFirstPage) {
      float y = page.getTop() - 32;
      text(cb, headerLeft, Element.ALIGN_LEFT, left, y);
      text(cb, headerRight, Element.ALIGN_RIGHT, right, y);
      rule(cb, left, right, y - 5);
    }
    float y = page.getBottom() + 30;
    rule(cb, left, right, y + 10);
    text(cb, footerLeft, Element.ALIGN_LEFT, left, y);
    PdfTemplate placeholder = cb.createTemplate(NUMBER_WIDTH, 12);
    numbers.add(placeholder);
    cb.addTemplate(placeholder, right - NUMBER_WIDTH, y - 3);
    cb.endMarkedContentSequence();
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    pages = numbers.size();
    for (int i = 0; i < numbers.size(); i++) {
      ColumnText.showTextAligned(
          numbers.get(i),
          Element.ALIGN_RIGHT,
          new Phrase(
              "Página " + (i + 1) + " de " + pages, fonts.font(SIZE, false, PdfColors.MUTED)),
          NUMBER_WIDTH,
          3,
          0);
    }
  }

  private void text(PdfContentByte cb, String text, int align, float x, float y) {
    if (text != null && !text.isEmpty()) {
      ColumnText.showTextAligned(
          cb, align, new Phrase(text, fonts.font(SIZE, false, PdfColors.MUTED)), x, y, 0);
    }
  }

  private static void rule(PdfContentByte cb, float left, float right, float y) {
    cb.saveState();
    cb.setColorStroke(PdfColors.RULE);
    cb.setLineWidth(0.5f);
    cb.moveTo(left, y);
    cb.lineTo(right, y);
    cb.stroke();
    cb.restoreState();
  }
}
