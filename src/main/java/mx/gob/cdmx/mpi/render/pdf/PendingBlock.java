package mx.gob.cdmx.mpi.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import mx.gob.cdmx.mpi.render.report.PendingView;

/**
 * The table of the report's «Información pendiente» section: area, indicator, and the variable with
 * what it lacks (docs/informes.md).
 */
final class PendingBlock {

  private PendingBlock() {}

  static PdfPTable table(PendingView pending, PdfFonts fonts) {
    PdfPTable t = PdfBlocks.table(new float[] {34, 42, 24});
    t.addCell(head("Área responsable", fonts));
    t.addCell(head("Indicador", fonts));
    t.addCell(head("Variable: qué falta", fonts));
    t.setHeaderRows(1);
    for (PendingView.Area a : pending.areas()) {
      boolean first = true;
      for (PendingView.Item i : a.items()) {
        t.addCell(ruled(new Phrase(first ? a.name() : "", fonts.font(TypeScale.TABLE))));
        Phrase name = new Phrase();
        name.add(Unbroken.chunk(i.id() + "  ", fonts.bold(TypeScale.TABLE)));
        name.add(Unbroken.chunk(i.name(), fonts.font(TypeScale.TABLE)));
        t.addCell(ruled(name));
        t.addCell(
            ruled(
                new Phrase(
                    Unbroken.chunk(
                        i.variable() + ": " + i.detail(), fonts.font(TypeScale.TABLE)))));
        first = false;
      }
    }
    return t;
  }

  private static PdfPCell head(String text, PdfFonts fonts) {
    return PdfBlocks.head(new Phrase(text, fonts.bold(TypeScale.TABLE)), Element.ALIGN_LEFT);
  }

  private static PdfPCell ruled(Phrase phrase) {
    PdfPCell c = new PdfPCell(phrase);
    c.setVerticalAlignment(Element.ALIGN_TOP);
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(PdfColors.RULE);
    c.setBorderWidth(0.4f);
    c.setPadding(3);
    c.setPaddingBottom(4);
    return c;
  }
}
