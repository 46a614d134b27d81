package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The running header and the "Página X de Y" footer of every page but the cover. The total
 * comes from the previous pass; the first pass, whose bytes are thrown away, prints none.
 */
final class Frame extends PdfPageEventHelper {

  private final Style style;
  private final String left;
  private final String right;
  private final int total;

  Frame(Style style, PacketModel model, int total) {
    this.style = style;
    String session = model.options().session();
    this.left = model.report().shortName() + " · Junta de Gobierno"
        + (session == null ? "" : " · " + session);
    this.right = "Carpeta " + model.report().periodCode();
    this.total = total;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    int page = writer.getPageNumber();
    if (page == 1) {
      return;
    }
    PdfContentByte cb = writer.getDirectContent();
    float top = document.getPageSize().getHeight() - 36;
    float l = document.left();
    float r = document.right();
    ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
        new Phrase(left, style.font(7.5f, Style.MUTED)), l, top, 0);
    ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
        new Phrase(right, style.font(7.5f, Style.MUTED)), r, top, 0);
    cb.saveState();
    cb.setColorStroke(Style.RULE);
    cb.setLineWidth(0.5f);
    cb.moveTo(l, top - 5);
    cb.lineTo(r, top - 5);
    cb.stroke();
    cb.restoreState();
    String footer = total > 0 ? "Página " + page + " de " + total : "Página " + page;
    ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
        new Phrase(footer, style.font(8, Style.MUTED)), (l + r) / 2, 30, 0);
  }
}
