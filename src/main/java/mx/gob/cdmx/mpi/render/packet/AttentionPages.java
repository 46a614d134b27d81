package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import mx.gob.cdmx.mpi.render.pdf.StatusBadge;
import mx.gob.cdmx.mpi.render.pdf.TypeScale;
import mx.gob.cdmx.mpi.render.report.AlertView;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.NoteView;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import mx.gob.cdmx.mpi.render.report.ThresholdsView;

/**
 * The yellow and red indicators, each with its reason, its responsible areas, its corrective action
 * and commitment date (flagged «Sin acción correctiva» when the data carry none) and the notes of
 * its to-date rows with the file and line they come from.
 */
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
                + " %). De cada uno: el motivo (la nota más reciente del área), los responsables,"
                + " la acción correctiva con su fecha de compromiso (columnas «accion» y"
                + " «fecha_compromiso» de las mediciones; donde no hay se señala «Sin acción"
                + " correctiva») y las notas de las mediciones del acumulado (del "
                + report.toDateRange()
                + "), con el archivo y la línea de donde vienen. Una nota sola no justifica"
                + " el resultado: la Junta decide con el motivo y la acción.",
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

  /** One indicator: a status stripe, its name, its figures, reason, action and notes. */
  private void block(PacketModel.Attention a) {
    IndicatorView v = a.view();
    PdfPTable block = new PdfPTable(new float[] {1.2f, 17, 81.8f});
    block.setWidthPercentage(100);
    block.setSpacingAfter(12);
    block.setKeepTogether(true);
    PdfPCell stripe = new PdfPCell();
    stripe.setBackgroundColor(Style.color(v.status().color()));
    stripe.setBorder(Rectangle.NO_BORDER);
    stripe.setRowspan(6);
    block.addCell(stripe);
    Phrase title = new Phrase();
    title.add(new Chunk(v.id() + "  ", style.bold(TypeScale.BODY)));
    title.add(new Chunk(v.name(), style.bold(TypeScale.BODY)));
    block.addCell(wide(title));
    Phrase figures = new Phrase();
    figures.add(StatusBadge.phrase(v.status(), v.overTarget(), style.fonts, TypeScale.TABLE));
    figures.add(
        new Chunk(
            "   Resultado acumulado: "
                + v.toDate().result()
                + " · meta acumulada: "
                + v.toDate().target()
                + " · realizado acumulado: "
                + v.toDate().realized(),
            style.font(TypeScale.TABLE, Style.MUTED)));
    block.addCell(wide(figures));
    AlertView alert = a.alert();
    row(block, "Motivo", text(alert.reason() == null ? "Sin motivo registrado." : alert.reason()));
    row(
        block,
        "Responsables",
        text(alert.responsible() == null ? "El plan no los indica." : alert.responsible()));
    row(block, "Acción correctiva", action(alert));
    row(block, "Notas del acumulado", notes(a));
    out.add(block);
  }

  private PdfPCell wide(Phrase p) {
    PdfPCell c = out.cell(p);
    c.setColspan(2);
    c.setBorder(Rectangle.NO_BORDER);
    c.setPaddingLeft(8);
    return c;
  }

  private void row(PdfPTable block, String label, PdfPCell value) {
    PdfPCell l = out.cell(label, style.bold(TypeScale.TABLE));
    l.setBorder(Rectangle.NO_BORDER);
    l.setPaddingLeft(8);
    block.addCell(l);
    block.addCell(value);
  }

  private PdfPCell text(String text) {
    PdfPCell c = out.cell(text, style.font(TypeScale.TABLE));
    c.setBorder(Rectangle.NO_BORDER);
    return c;
  }

  /** The corrective action and its date, or the «Sin acción correctiva» flag. */
  private PdfPCell action(AlertView alert) {
    if (!alert.noAction()) {
      String action = alert.action();
      return text(
          action
              + (action.matches(".*[.!?…]$") ? "" : ".")
              + (alert.commitment() == null
                  ? " Sin fecha de compromiso."
                  : " Fecha de compromiso: " + alert.commitment() + "."));
    }
    PdfPCell c = new PdfPCell();
    c.setPadding(4);
    c.setPaddingTop(1);
    c.setBorder(Rectangle.BOX);
    c.setBorderColor(Style.ALERT);
    c.setBorderWidth(1);
    Paragraph p = new Paragraph("", style.font(TypeScale.TABLE));
    p.setLeading(12);
    p.add(new Chunk("Sin acción correctiva", style.bold(TypeScale.BODY, Style.ALERT)));
    p.add(
        new Chunk(
            " — ninguna medición del "
                + report.toDateRange()
                + " trae una acción correctiva; conviene pedirla al área responsable con su"
                + " fecha de compromiso.",
            style.font(TypeScale.TABLE, Style.ALERT)));
    c.addElement(p);
    return c;
  }

  /** The notes of the to-date rows, each with its file and line. */
  private PdfPCell notes(PacketModel.Attention a) {
    if (a.notes().isEmpty()) {
      return text("Ninguna medición del acumulado trae una nota.");
    }
    PdfPCell c = new PdfPCell();
    c.setPadding(4);
    c.setPaddingTop(1);
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
    return c;
  }
}
