package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import mx.gob.cdmx.mpi.render.pdf.TypeScale;
import mx.gob.cdmx.mpi.render.report.ReportModel;

/** The cover: the institution, the board, the session and the facts of the packet. */
final class CoverPage {

  private final Layout out;
  private final Style style;
  private final PacketModel model;
  private final ReportModel report;

  CoverPage(Layout out) {
    this.out = out;
    this.style = out.style();
    this.model = out.model();
    this.report = out.model().report();
  }

  void write() {
    out.add(new Paragraph(report.shortName(), style.bold(12, Style.ACCENT)));
    Paragraph institution = new Paragraph(report.institution(), style.font(10.5f, Style.MUTED));
    institution.setLeading(14);
    institution.setSpacingAfter(8);
    out.add(institution);
    out.add(out.rule(Style.ACCENT, 1.5f, 10));

    Paragraph board = new Paragraph(new Chunk("Junta de Gobierno", style.bold(30, Style.ACCENT)));
    board.setSpacingBefore(110);
    out.add(board);
    String session = model.options().session();
    Paragraph sessionLine =
        new Paragraph(
            session == null
                ? new Chunk("Sesión: no indicada", style.font(16, Style.MUTED))
                : new Chunk(session, style.bold(18)));
    sessionLine.setSpacingBefore(10);
    out.add(sessionLine);
    Paragraph what =
        new Paragraph(
            "Carpeta de la sesión"
                + (report.preliminary() ? " (PRELIMINAR)" : "")
                + " · Seguimiento del "
                + report.planTitle(),
            style.font(12, Style.MUTED));
    what.setSpacingBefore(16);
    out.add(what);
    facts();
    footnote();
  }

  /** The table of the session's facts: period, dates, cut-off and its caveats, plan. */
  private void facts() {
    PdfPTable facts = out.table(new float[] {28, 72});
    facts.setSpacingBefore(36);
    fact(facts, "Periodo", report.periodLabel() + " · " + report.periodCode());
    fact(facts, "Acumulado del año", "Del " + report.toDateRange());
    fact(facts, "Fecha", report.issueDate() == null ? "no indicada" : report.issueDate());
    fact(
        facts,
        "Corte de la información",
        report.preliminary()
            ? "Datos al "
                + report.dataThrough()
                + " · PRELIMINAR: el periodo cierra el "
                + report.cutoffDate()
            : report.cutoffDate());
    if (model.sessionBeforeCutoff()) {
      fact(
          facts,
          "Advertencia",
          "La fecha de la sesión ("
              + report.issueDate()
              + ") es anterior al corte de la información ("
              + report.cutoffDate()
              + "): las cifras del periodo pueden no estar completas.");
    }
    fact(facts, "Plan", report.planTitle() + " (" + report.planId() + ")");
    fact(facts, "Indicadores", Integer.toString(report.indicatorCount()));
    // the executive summary's first sentence on the first page the board sees
    Integer summary = out.knownPage(PacketModel.SUMMARY);
    fact(
        facts,
        "Situación",
        report.executive().counts()
            + " Los indicadores en amarillo y rojo, sus acciones correctivas y los acuerdos"
            + " propuestos están en «"
            + out.entryTitle(PacketModel.SUMMARY)
            + "», página "
            + (summary == null ? "  " : summary)
            + ".");
    if (report.personalData() != null) {
      fact(facts, "Datos personales", report.personalData());
    }
    out.add(facts);
  }

  /** The line at the foot of the cover: which tool made the packet, from what, and why PDF/A. */
  private void footnote() {
    ColumnText foot = new ColumnText(out.writer().getDirectContent());
    foot.setSimpleColumn(
        out.doc().left(), out.doc().bottom(), out.doc().right(), out.doc().bottom() + 40);
    Paragraph note =
        new Paragraph(
            "Generado con mpi "
                + model.options().toolVersion()
                + " a partir del plan y de las mediciones que enumera el Anexo D (Procedencia), con su"
                + " huella SHA-256. Archivo PDF/A-1b para su conservación.",
            style.font(TypeScale.TABLE, Style.MUTED));
    note.setLeading(11);
    foot.addElement(note);
    foot.go();
  }

  private void fact(PdfPTable table, String label, String value) {
    PdfPCell l = out.cell(label, style.bold(10, Style.MUTED));
    PdfPCell v = out.cell(value, style.font(11));
    for (PdfPCell c : new PdfPCell[] {l, v}) {
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColor(Style.RULE);
      c.setPaddingTop(5);
      c.setPaddingBottom(6);
    }
    table.addCell(l);
    table.addCell(v);
  }
}
