package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import mx.gob.cdmx.mpi.render.pdf.TypeScale;

/** The table of contents, with the page numbers the previous pass recorded. */
final class ContentsPages {

  private final Layout out;
  private final Style style;
  private final PacketModel model;

  ContentsPages(Layout out) {
    this.out = out;
    this.style = out.style();
    this.model = out.model();
  }

  void write() {
    out.newPage();
    out.heading(PacketModel.CONTENTS, "Índice", 0);
    PdfPTable toc = out.table(new float[] {90, 10});
    for (TocEntry e : model.toc()) {
      Font font =
          e.level() == 0
              ? style.bold(TypeScale.BODY)
              : e.level() == 1
                  ? style.bold(TypeScale.TABLE, Style.MUTED)
                  : style.font(TypeScale.TABLE);
      Phrase title = new Phrase();
      title.add(new Chunk(e.title(), font));
      title.add(new Chunk(" ", font));
      Chunk leader = new Chunk(new DottedLineSeparator());
      leader.setFont(font);
      title.add(leader);
      PdfPCell t = new PdfPCell(title);
      t.setBorder(Rectangle.NO_BORDER);
      t.setPaddingLeft(e.level() * 14f);
      t.setPaddingTop(e.level() == 0 ? 4 : 1);
      t.setPaddingBottom(1);
      t.setVerticalAlignment(Element.ALIGN_BOTTOM);
      Integer page = out.knownPage(e.key());
      PdfPCell n = new PdfPCell(new Phrase(page == null ? " " : page.toString(), font));
      n.setBorder(Rectangle.NO_BORDER);
      n.setHorizontalAlignment(Element.ALIGN_RIGHT);
      n.setVerticalAlignment(Element.ALIGN_BOTTOM);
      n.setPaddingTop(t.getPaddingTop());
      n.setPaddingBottom(1);
      toc.addCell(t);
      toc.addCell(n);
    }
    out.add(toc);
  }
}
