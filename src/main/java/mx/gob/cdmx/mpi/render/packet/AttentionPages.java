package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import mx.gob.cdmx.mpi.render.pdf.StatusBadge;
import mx.gob.cdmx.mpi.render.pdf.TypeScale;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.NoteView;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import mx.gob.cdmx.mpi.render.report.ThresholdsView;

/** The yellow and red indicators, each with the notes that justify it or a flag where none do. */
final class AttentionPages {

  private final Layout out;
  private final Style style;
  private final PacketModel model;
  private final ReportModel report;

  AttentionPages(Layout out) {
    this.out = out;
    this.style = out.style();
    this.model = out.model();
    this.report = out.model().report();
  }

  void write() {
    out.newPage();
    out.heading(PacketModel.ATTENTION, out.entryTitle(PacketModel.ATTENTION), 0);
    ThresholdsView th = model.thresholds();
    out.add(
        out.para(
            "Indicadores cuyo resultado acumulado queda por debajo de "
                + th.green()
                + " % (amarillo: de "
                + th.yellow()
                + " % a menos de "
                + th.green()
                + " %; rojo: menos de "
                + th.yellow()
                + " %)."
                + " Su justificación son las notas registradas en las mediciones del acumulado (del "
                + report.toDateRange()
                + "), con el archivo y la línea de donde vienen; donde no hay"
                + " ninguna se señala «Sin justificación».",
            style.font(TypeScale.BODY),
            0,
            8));
    if (model.attention().isEmpty()) {
      out.add(
          out.para(
              "Ningún indicador está en amarillo o en rojo al corte del periodo.",
              style.font(10),
              6,
              0));
      return;
    }
    for (PacketModel.Attention a : model.attention()) {
      block(a);
    }
  }

  /** One indicator: a status stripe, its name, its figures and its justification. */
  private void block(PacketModel.Attention a) {
    IndicatorView v = a.view();
    PdfPTable block = new PdfPTable(new float[] {1.2f, 17, 81.8f});
    block.setWidthPercentage(100);
    block.setSpacingAfter(12);
    block.setKeepTogether(true);
    PdfPCell stripe = new PdfPCell();
    stripe.setBackgroundColor(Style.color(v.status().color()));
    stripe.setBorder(Rectangle.NO_BORDER);
    stripe.setRowspan(3);
    block.addCell(stripe);
    Phrase title = new Phrase();
    title.add(new Chunk(v.id() + "  ", style.bold(TypeScale.BODY)));
    title.add(new Chunk(v.name(), style.bold(TypeScale.BODY)));
    PdfPCell name = out.cell(title);
    name.setColspan(2);
    name.setBorder(Rectangle.NO_BORDER);
    name.setPaddingLeft(8);
    block.addCell(name);
    Phrase figures = new Phrase();
    figures.add(StatusBadge.phrase(v.status(), v.overTarget(), style.fonts, TypeScale.TABLE));
    figures.add(
        new Chunk(
            "   Resultado acumulado: "
                + v.toDate().result()
                + " · meta acumulada: "
                + v.toDate().target()
                + " · realizado acumulado: "
                + v.toDate().realized()
                + (v.plan().responsible() == null
                    ? ""
                    : " · Responsables: " + v.plan().responsible()),
            style.font(TypeScale.TABLE, Style.MUTED)));
    PdfPCell figuresCell = out.cell(figures);
    figuresCell.setColspan(2);
    figuresCell.setBorder(Rectangle.NO_BORDER);
    figuresCell.setPaddingLeft(8);
    block.addCell(figuresCell);
    PdfPCell label = out.cell("Justificación", style.bold(TypeScale.TABLE));
    label.setBorder(Rectangle.NO_BORDER);
    label.setPaddingLeft(8);
    block.addCell(label);
    block.addCell(justification(a));
    out.add(block);
  }

  /** The notes that justify the status, or the «Sin justificación» flag. */
  private PdfPCell justification(PacketModel.Attention a) {
    PdfPCell c = new PdfPCell();
    c.setPadding(4);
    c.setPaddingTop(1);
    if (a.unjustified()) {
      c.setBorder(Rectangle.BOX);
      c.setBorderColor(Style.ALERT);
      c.setBorderWidth(1);
      Paragraph p = new Paragraph("", style.font(TypeScale.TABLE));
      p.setLeading(12);
      p.add(new Chunk("Sin justificación", style.bold(TypeScale.BODY, Style.ALERT)));
      p.add(
          new Chunk(
              " — ninguna medición del "
                  + report.toDateRange()
                  + " trae una nota que explique el resultado; conviene pedirla al área responsable.",
              style.font(TypeScale.TABLE, Style.ALERT)));
      c.addElement(p);
    } else {
      c.setBorder(Rectangle.NO_BORDER);
      for (PacketModel.SourcedNote s : a.notes()) {
        NoteView n = s.note();
        Paragraph p = new Paragraph("", style.font(TypeScale.TABLE));
        p.setLeading(11);
        p.setSpacingAfter(2);
        p.add(
            new Chunk(
                n.period() + (n.variable() == null ? "" : " (" + n.variable() + ")") + ": ",
                style.bold(TypeScale.TABLE)));
        p.add(new Chunk(n.text(), style.font(TypeScale.TABLE)));
        p.add(
            new Chunk(
                "  [" + s.file() + ", línea " + s.line() + "]",
                style.font(TypeScale.TABLE, Style.MUTED)));
        c.addElement(p);
      }
    }
    return c;
  }
}
