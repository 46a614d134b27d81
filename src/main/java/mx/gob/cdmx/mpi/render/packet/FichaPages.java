package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import mx.gob.cdmx.mpi.render.pdf.PdfBlocks;
import mx.gob.cdmx.mpi.render.pdf.StatusBadge;
import mx.gob.cdmx.mpi.render.pdf.TypeScale;
import mx.gob.cdmx.mpi.render.report.FichaTextView;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.MonthSeries;
import mx.gob.cdmx.mpi.render.report.NoteView;
import mx.gob.cdmx.mpi.render.report.ProgramSection;
import mx.gob.cdmx.mpi.render.report.ReportModel;

/** One ficha per indicator, grouped by program: figures, formula, chart, plan text and notes. */
final class FichaPages {

  private final Layout out;
  private final Style style;
  private final ReportModel report;
  private final PdfBlocks blocks;

  /** Room for a ficha's heading and status line, above its figures. */
  private static final float HEADING_AND_STATUS = 48;

  FichaPages(Layout out) {
    this.out = out;
    this.style = out.style();
    this.report = out.model().report();
    this.blocks = out.blocks();
  }

  /**
   * Each programme from a new page, its fichas one after another: a ficha starts on a new page only
   * when its heading, status and figures do not fit on the current one, and a ficha that runs onto
   * another page is headed there «… (continuación)».
   */
  void write() {
    boolean first = true;
    for (ProgramSection p : report.programs()) {
      if (p.indicators().isEmpty()) {
        continue;
      }
      out.newPage();
      if (first) {
        out.heading(PacketModel.FICHAS, out.entryTitle(PacketModel.FICHAS), 0);
        first = false;
      }
      out.heading(
          PacketModel.programKey(p.id()), out.entryTitle(PacketModel.programKey(p.id())), 1);
      boolean firstOfProgramme = true;
      for (IndicatorView v : p.indicators()) {
        ficha(v, firstOfProgramme);
        firstOfProgramme = false;
      }
    }
  }

  private void ficha(IndicatorView v, boolean firstOfProgramme) {
    PdfPTable top = figuresAndFormula(v);
    // the period's status adds a line under the status when the period does not start in January
    float periodLine = report.sameWindows() ? 0 : TypeScale.TABLE * 1.6f;
    // a long name wraps: about 70 characters per heading line
    float nameLines = (float) Math.ceil((v.id().length() + v.name().length() + 1) / 70.0) - 1;
    float extra = periodLine + nameLines * TypeScale.H2 * 1.3f;
    boolean newPage = out.keepRoomFor(HEADING_AND_STATUS + extra + out.heightOf(top));
    if (!firstOfProgramme && !newPage) {
      // the rule between two fichas goes before the second, never after the last one of a
      // programme, where it could open a page of its own
      out.add(out.rule(Style.RULE, 0.5f, 12));
    }
    out.heading(PacketModel.fichaKey(v.id()), out.entryTitle(PacketModel.fichaKey(v.id())), 2);
    out.continuing(out.entryTitle(PacketModel.fichaKey(v.id())));
    statusLine(v);
    out.add(top);
    readings(v);
    reasonBox(v);
    planText(v);
    notes(v);
    out.continuing(null);
  }

  private void statusLine(IndicatorView v) {
    Paragraph status = new Paragraph("", style.font(TypeScale.TABLE));
    status.add(StatusBadge.phrase(v.status(), v.overTarget(), style.fonts, TypeScale.H2));
    status.add(
        new Chunk(
            "     Cobertura del acumulado: " + v.coverage() + " · Unidad: " + v.target().unit(),
            style.font(TypeScale.TABLE, Style.MUTED)));
    if (!report.sameWindows() && !"no-target".equals(v.status().code())) {
      status.add(
          new Chunk(
              "\nEstado del periodo (" + report.periodWindow() + "): ",
              style.bold(TypeScale.TABLE)));
      status.add(StatusBadge.phrase(v.periodStatus(), false, style.fonts, TypeScale.TABLE));
      status.add(
          new Chunk(
              "   (el semáforo de arriba es el del acumulado)",
              style.font(TypeScale.TABLE, Style.MUTED)));
    }
    status.setSpacingAfter(6);
    out.add(status);
  }

  /** The figures on the left; the formula, worked, and the month-by-month chart on the right. */
  private PdfPTable figuresAndFormula(IndicatorView v) {
    PdfPTable top = new PdfPTable(new float[] {52, 48});
    top.setWidthPercentage(100);
    top.setSpacingAfter(6);
    PdfPCell left = new PdfPCell();
    left.setBorder(Rectangle.NO_BORDER);
    left.setPadding(0);
    left.setPaddingRight(10);
    left.addElement(smallTitle("Cifras calculadas"));
    left.addElement(blocks.figures(report, v));
    PdfPTable more = out.table(new float[] {50, 50});
    figure(more, "Meta anual", v.target().annual());
    figure(more, "Avance hacia la meta anual", v.progress().text());
    if (v.progress().expected() != null) {
      figure(more, "Avance esperado según el calendario", v.progress().expected());
    }
    left.addElement(more);
    left.addElement(
        out.para(v.baseline().comparison(), style.font(TypeScale.TABLE, Style.MUTED), 3, 0));
    top.addCell(left);
    PdfPCell right = new PdfPCell();
    right.setBorder(Rectangle.NO_BORDER);
    right.setPadding(0);
    right.setPaddingLeft(10);
    right.addElement(smallTitle("Fórmula"));
    right.addElement(out.para(v.formula(), style.font(TypeScale.BODY), 0, 1));
    right.addElement(
        out.para("En palabras: " + v.formulaWords() + ".", style.font(TypeScale.TABLE), 0, 2));
    right.addElement(out.para("Periodo: " + v.period().worked(), style.font(TypeScale.BODY), 0, 1));
    right.addElement(
        out.para("Acumulado: " + v.toDate().worked(), style.font(TypeScale.BODY), 0, 6));
    MonthSeries series = v.months();
    right.addElement(smallTitle("Mes a mes, " + report.year()));
    if (series.isEmpty()) {
      right.addElement(
          out.para("Sin datos que graficar.", style.font(TypeScale.TABLE, Style.MUTED), 0, 0));
    } else {
      Image chart =
          mx.gob.cdmx.mpi.render.pdf.FichaChart.draw(out.writer(), style.fonts, series, 240, 112);
      chart.setAlignment(Image.ALIGN_LEFT);
      right.addElement(chart);
    }
    top.addCell(right);
    return top;
  }

  /**
   * What a fractional target or a growth result means, across the full width under the figures
   * (kept out of the narrow figures column so the figures fit where the ficha starts).
   */
  private void readings(IndicatorView v) {
    if (v.target().fractionNote() != null) {
      out.add(
          out.para(
              "Meta al corte: " + v.target().fractionNote(),
              style.font(TypeScale.TABLE, Style.MUTED),
              0,
              4));
    }
    if (v.comparison().note() != null) {
      out.add(
          out.para(
              "Variación: " + v.comparison().note(),
              style.font(TypeScale.TABLE, Style.MUTED),
              0,
              4));
    }
  }

  private void reasonBox(IndicatorView v) {
    if (v.reason() != null) {
      PdfPTable why = out.table(new float[] {100});
      PdfPCell c = new PdfPCell();
      Paragraph p = new Paragraph("", style.font(TypeScale.TABLE));
      p.setLeading(11);
      p.add(new Chunk("Por qué falta alguna cifra: ", style.bold(TypeScale.TABLE)));
      p.add(new Chunk(v.reason(), style.font(TypeScale.TABLE)));
      c.addElement(p);
      c.setBackgroundColor(Style.NOTE);
      c.setBorder(Rectangle.NO_BORDER);
      c.setPadding(4);
      c.setPaddingTop(1);
      why.addCell(c);
      why.setSpacingAfter(6);
      out.add(why);
    }
  }

  private void planText(IndicatorView v) {
    PdfPTable text = out.table(new float[] {21, 79});
    PdfPCell title = new PdfPCell();
    title.addElement(smallTitle("Ficha del plan (texto literal)"));
    title.setColspan(2);
    title.setBorder(Rectangle.NO_BORDER);
    title.setPadding(0);
    text.addCell(title);
    // the title goes with the first rows, and is repeated on a page the text runs onto
    text.setHeaderRows(1);
    FichaTextView t = v.plan().ficha();
    if (t.isEmpty()) {
      PdfPCell c =
          out.cell(
              "El plan no tiene un apartado con la ficha de esta acción; sólo aparece"
                  + " en el cronograma.",
              style.font(TypeScale.TABLE, Style.MUTED));
      c.setColspan(2);
      text.addCell(c);
    } else {
      plain(text, "Descripción", t.description());
      plain(text, "Meta programada", t.programmedGoal());
      plain(text, "Indicador", t.indicator());
      plain(text, "Dimensión", t.dimension());
      plain(text, "Definición", t.definition());
      plain(text, "Método de cálculo", t.calculationMethod());
      plain(text, "Unidad de medida", t.unitOfMeasure());
      plain(text, "Línea base", t.baseline());
      plain(text, "Responsables", t.responsible());
      plain(text, "Fuente de información", t.informationSource());
    }
    if (v.plan().cronograma() != null) {
      plain(text, v.plan().cronogramaLabel(), v.plan().cronograma());
    }
    out.add(text);
  }

  private void notes(IndicatorView v) {
    PdfPTable notes = out.table(new float[] {100});
    notes.setKeepTogether(true);
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0);
    c.addElement(smallTitle("Notas del periodo"));
    if (v.notes().isEmpty()) {
      c.addElement(
          out.para(
              "Sin notas en las mediciones del periodo.",
              style.font(TypeScale.TABLE, Style.MUTED),
              0,
              0));
    } else {
      for (NoteView n : v.notes()) {
        Paragraph p = new Paragraph("", style.font(TypeScale.TABLE));
        p.setLeading(11);
        p.add(
            new Chunk(
                "• " + n.period() + (n.variable() == null ? "" : " (" + n.variable() + ")") + ": ",
                style.bold(TypeScale.TABLE)));
        p.add(
            new Chunk(
                n.text() + (n.source() == null ? "" : " — Fuente: " + n.source()),
                style.font(TypeScale.TABLE)));
        p.setSpacingAfter(1);
        c.addElement(p);
      }
    }
    notes.addCell(c);
    out.add(notes);
  }

  private void figure(PdfPTable table, String label, String value) {
    PdfPCell l = out.cell(label, style.font(TypeScale.TABLE, Style.MUTED));
    PdfPCell v = out.cell(value, style.bold(TypeScale.BODY));
    v.setHorizontalAlignment(Element.ALIGN_RIGHT);
    for (PdfPCell c : new PdfPCell[] {l, v}) {
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColor(Style.RULE);
    }
    table.addCell(l);
    table.addCell(v);
  }

  private void plain(PdfPTable table, String label, String value) {
    PdfPCell l = out.cell(label, style.bold(TypeScale.TABLE, Style.MUTED));
    PdfPCell v =
        out.cell(
            value == null ? Layout.NONE + " (el plan no lo indica)" : value,
            style.font(TypeScale.TABLE));
    for (PdfPCell c : new PdfPCell[] {l, v}) {
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColor(Style.RULE);
      c.setPaddingTop(2);
      c.setPaddingBottom(3);
    }
    table.addCell(l);
    table.addCell(v);
  }

  private Paragraph smallTitle(String text) {
    Paragraph p = new Paragraph(text, style.bold(TypeScale.BODY, Style.ACCENT));
    p.setSpacingBefore(2);
    p.setSpacingAfter(3);
    return p;
  }
}
