package mx.gob.cdmx.mpi.render.pdf;

import java.util.List;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.NoteView;
import mx.gob.cdmx.mpi.render.report.ProgramSection;
import mx.gob.cdmx.mpi.render.report.ProgramSummary;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import mx.gob.cdmx.mpi.render.report.StatusCount;
import mx.gob.cdmx.mpi.render.report.StatusView;

/**
 * The PDF pieces of a report, built from the {@link ReportModel}: headings, key–value lists, the
 * summary tables, a programme's overview table and the block of one indicator (status, figures,
 * worked formulas, progress, baseline, responsible units, source, notes and why a figure is
 * missing). Each method returns an element to add to the document.
 */
public final class PdfBlocks {

  /** Body text size in points. */
  public static final float BODY = 8.5f;
  /** Table text size in points. */
  public static final float TABLE = 8f;
  /** Table header size in points. */
  public static final float HEAD = 7.5f;

  private static final float RULE_WIDTH = 0.4f;

  private final PdfFonts fonts;

  /** Blocks written with {@code fonts}. */
  public PdfBlocks(PdfFonts fonts) {
    this.fonts = fonts;
  }

  /** The fonts these blocks use. */
  public PdfFonts fonts() {
    return fonts;
  }

  /** A heading: level 1 is a section (accent colour), level 2 a sub-section. */
  public Paragraph heading(String text, int level) {
    Font font = level <= 1 ? fonts.font(13, true, PdfColors.ACCENT) : fonts.font(10.5f, true,
        PdfColors.INK);
    Paragraph p = new Paragraph(text, font);
    p.setSpacingBefore(level <= 1 ? 4 : 10);
    p.setSpacingAfter(level <= 1 ? 6 : 4);
    p.setKeepTogether(true);
    return p;
  }

  /** A paragraph of body text. */
  public Paragraph paragraph(String text) {
    Paragraph p = new Paragraph(text, fonts.font(BODY));
    p.setLeading(BODY * 1.35f);
    p.setSpacingAfter(4);
    return p;
  }

  /** A caption in secondary colour. */
  public Paragraph caption(String text) {
    Paragraph p = new Paragraph(text, fonts.font(7.5f, false, PdfColors.MUTED));
    p.setLeading(7.5f * 1.35f);
    p.setSpacingAfter(4);
    return p;
  }

  /** Rows of label and value, labels in bold; a null value skips its row. */
  public PdfPTable keyValues(List<String[]> rows, float labelShare) {
    PdfPTable t = table(new float[] {labelShare, 100 - labelShare});
    for (String[] row : rows) {
      if (row[1] == null) {
        continue;
      }
      t.addCell(plain(new Phrase(row[0], fonts.bold(BODY)), Element.ALIGN_LEFT));
      t.addCell(plain(new Phrase(row[1], fonts.font(BODY)), Element.ALIGN_LEFT));
    }
    return t;
  }

  /** Count and share of indicators per status, with a total row. */
  public PdfPTable statusSummary(List<StatusCount> counts, int total) {
    PdfPTable t = table(new float[] {56, 20, 24});
    t.addCell(head("Estado", Element.ALIGN_LEFT));
    t.addCell(head("Indicadores", Element.ALIGN_RIGHT));
    t.addCell(head("Proporción", Element.ALIGN_RIGHT));
    t.setHeaderRows(1);
    for (StatusCount c : counts) {
      t.addCell(ruled(StatusBadge.phrase(c.status(), false, fonts, TABLE), Element.ALIGN_LEFT));
      t.addCell(ruled(new Phrase(Integer.toString(c.count()), fonts.font(TABLE)),
          Element.ALIGN_RIGHT));
      t.addCell(ruled(new Phrase(c.share(), fonts.font(TABLE, false, PdfColors.MUTED)),
          Element.ALIGN_RIGHT));
    }
    t.addCell(total(new Phrase("Total", fonts.bold(TABLE)), Element.ALIGN_LEFT));
    t.addCell(total(new Phrase(Integer.toString(total), fonts.bold(TABLE)), Element.ALIGN_RIGHT));
    t.addCell(total(new Phrase("100.0 %", fonts.bold(TABLE)), Element.ALIGN_RIGHT));
    return t;
  }

  /** Programmes × statuses: how many indicators of each programme have each status. */
  public PdfPTable programSummary(List<ProgramSummary> programs, List<StatusView> legend) {
    float[] widths = new float[legend.size() + 2];
    widths[0] = 31;
    for (int i = 0; i < legend.size(); i++) {
      widths[i + 1] = 8.5f;
    }
    widths[widths.length - 1] = 9.5f;
    PdfPTable t = table(widths);
    t.addCell(head("Programa", Element.ALIGN_LEFT));
    for (StatusView s : legend) {
      Phrase p = new Phrase();
      p.add(new Chunk("●", fonts.font(9, false, PdfColors.hex(s.color()))));
      p.add(new Chunk("\n" + s.word(), fonts.bold(6.5f)));
      PdfPCell c = head(p, Element.ALIGN_CENTER);
      t.addCell(c);
    }
    t.addCell(head("Total", Element.ALIGN_RIGHT));
    t.setHeaderRows(1);
    for (ProgramSummary p : programs) {
      t.addCell(ruled(new Phrase(p.id() + ". " + p.name(), fonts.font(7)), Element.ALIGN_LEFT));
      for (StatusCount c : p.counts()) {
        boolean zero = c.count() == 0;
        t.addCell(ruled(new Phrase(zero ? "·" : Integer.toString(c.count()),
            zero ? fonts.font(TABLE, false, PdfColors.RULE) : fonts.bold(TABLE)),
            Element.ALIGN_CENTER));
      }
      t.addCell(ruled(new Phrase(Integer.toString(p.total()), fonts.bold(TABLE)),
          Element.ALIGN_RIGHT));
    }
    return t;
  }

  /** One row per indicator of a programme: status, target and realized to date, result, progress. */
  public PdfPTable programOverview(ProgramSection section) {
    PdfPTable t = table(new float[] {36, 19, 9, 10, 12, 14});
    t.addCell(head("Indicador", Element.ALIGN_LEFT));
    t.addCell(head("Estado", Element.ALIGN_LEFT));
    t.addCell(head("Meta al corte", Element.ALIGN_RIGHT));
    t.addCell(head("Realizado al corte", Element.ALIGN_RIGHT));
    t.addCell(head("Resultado acumulado", Element.ALIGN_RIGHT));
    t.addCell(head("Avance anual (esperado)", Element.ALIGN_RIGHT));
    t.setHeaderRows(1);
    for (IndicatorView v : section.indicators()) {
      Phrase name = new Phrase();
      name.add(new Chunk(v.id() + "  ", fonts.bold(7.5f)));
      name.add(new Chunk(v.name(), fonts.font(7.5f)));
      t.addCell(ruled(name, Element.ALIGN_LEFT));
      t.addCell(ruled(StatusBadge.phrase(v.status(), v.overTarget(), fonts, 7.5f),
          Element.ALIGN_LEFT));
      t.addCell(ruled(number(v.targetToDate()), Element.ALIGN_RIGHT));
      t.addCell(ruled(number(v.realizedToDate()), Element.ALIGN_RIGHT));
      t.addCell(ruled(number(v.resultToDate()), Element.ALIGN_RIGHT));
      t.addCell(ruled(number(v.progress()
          + (v.expectedProgress() == null ? "" : " (" + v.expectedProgress() + ")")),
          Element.ALIGN_RIGHT));
    }
    return t;
  }

  /**
   * The figures of one indicator: target, realized, result and baseline, for the period and to
   * date, with the windows named in the column headers.
   */
  public PdfPTable figures(ReportModel model, IndicatorView v) {
    PdfPTable t = table(new float[] {34, 33, 33});
    t.addCell(head("Cifra", Element.ALIGN_LEFT));
    t.addCell(head("Periodo (" + model.periodWindow() + ")", Element.ALIGN_RIGHT));
    t.addCell(head("Acumulado (" + model.toDateWindow() + ")", Element.ALIGN_RIGHT));
    t.setHeaderRows(1);
    row(t, "Meta", v.targetPeriod(), v.targetToDate());
    row(t, "Realizado", v.realizedPeriod(), v.realizedToDate());
    row(t, "Resultado", v.resultPeriod(), v.resultToDate());
    row(t, "Línea base (" + model.previousYear() + ")", v.baselinePeriod(), v.baselineToDate());
    return t;
  }

  /**
   * The whole block of one indicator, kept on one page when it fits: a stripe in the status
   * colour, the id and name with the status badge, the programmed goal, the figures table, the
   * worked formulas, progress, baseline, responsible units, source, why a figure is missing, and
   * the notes of the period.
   */
  public PdfPTable indicator(ReportModel model, IndicatorView v) {
    PdfPTable inner = new PdfPTable(1);
    inner.setWidthPercentage(100);

    PdfPTable top = table(new float[] {70, 30});
    Phrase title = new Phrase();
    title.add(new Chunk(v.id() + "  ", fonts.bold(10)));
    title.add(new Chunk(v.name(), fonts.bold(10)));
    top.addCell(plain(title, Element.ALIGN_LEFT));
    PdfPCell badge = plain(StatusBadge.phrase(v.status(), v.overTarget(), fonts, 9),
        Element.ALIGN_RIGHT);
    badge.setVerticalAlignment(Element.ALIGN_TOP);
    top.addCell(badge);
    inner.addCell(wrap(top, 0));
    if (v.goal() != null) {
      inner.addCell(wrap(new Phrase("Meta programada: «" + v.goal() + "»",
          fonts.font(7.5f, false, PdfColors.MUTED)), 2));
    }
    inner.addCell(wrap(figures(model, v), 4));

    String unit = "—".equals(v.target()) || "%".equals(v.unit()) ? "" : " " + v.unit();
    String baseline = v.baselineComparison()
        + (v.baselinePlan() == null ? "" : " Línea base en el plan: «" + v.baselinePlan() + "»");
    String source = dash(v.informationSource()) + (v.dataSources().isEmpty() ? ""
        : " (datos del periodo: " + String.join("; ", v.dataSources()) + ")");
    inner.addCell(wrap(keyValues(List.of(
        new String[] {"Meta anual", v.target() + unit},
        new String[] {"Fórmula", v.formula()},
        new String[] {"Cálculo del periodo", v.workedPeriod()},
        new String[] {"Cálculo acumulado", v.workedToDate()},
        new String[] {"Avance hacia la meta anual", v.progress()
            + (v.expectedProgress() == null ? ""
                : " (esperado según el calendario: " + v.expectedProgress() + ")")},
        new String[] {"Comparación con la línea base", baseline},
        new String[] {"Responsables", dash(v.responsible())},
        new String[] {"Fuente de información", source}), 26), 4));
    if (v.reason() != null) {
      Phrase why = new Phrase();
      why.add(new Chunk("Por qué falta alguna cifra: ", fonts.bold(BODY)));
      why.add(new Chunk(v.reason(), fonts.font(BODY)));
      PdfPCell cell = wrap(why, 4);
      cell.setBackgroundColor(PdfColors.NOTE_FILL);
      cell.setPaddingLeft(4);
      cell.setPaddingBottom(5);
      inner.addCell(cell);
    }
    if (!v.notes().isEmpty()) {
      Paragraph notes = new Paragraph();
      notes.add(new Chunk("Notas del periodo", fonts.bold(BODY)));
      for (NoteView n : v.notes()) {
        notes.add(Chunk.NEWLINE);
        notes.add(new Chunk("•  " + n.period() + (n.variable() == null ? "" : " (" + n.variable()
            + ")") + ": ", fonts.bold(BODY)));
        notes.add(new Chunk(n.text() + (n.source() == null ? "" : " (fuente: " + n.source() + ")"),
            fonts.font(BODY)));
      }
      notes.setLeading(BODY * 1.4f);
      PdfPCell cell = new PdfPCell();
      cell.addElement(notes);
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPadding(0);
      cell.setPaddingTop(4);
      inner.addCell(cell);
    }

    PdfPTable outer = table(new float[] {1.2f, 98.8f});
    PdfPCell stripe = new PdfPCell();
    stripe.setBackgroundColor(PdfColors.hex(v.status().color()));
    stripe.setBorder(Rectangle.NO_BORDER);
    outer.addCell(stripe);
    PdfPCell body = new PdfPCell(inner);
    body.setBorder(Rectangle.NO_BORDER);
    body.setPadding(0);
    body.setPaddingLeft(8);
    body.setPaddingBottom(2);
    outer.addCell(body);
    outer.setKeepTogether(true);
    outer.setSpacingBefore(6);
    outer.setSpacingAfter(10);
    return outer;
  }

  private void row(PdfPTable t, String label, String period, String toDate) {
    t.addCell(ruled(new Phrase(label, fonts.font(TABLE)), Element.ALIGN_LEFT));
    t.addCell(ruled(number(period), Element.ALIGN_RIGHT));
    t.addCell(ruled(number(toDate), Element.ALIGN_RIGHT));
  }

  private Phrase number(String text) {
    return new Phrase(text, "—".equals(text) ? fonts.font(TABLE, false, PdfColors.MUTED)
        : fonts.font(TABLE));
  }

  private static String dash(String text) {
    return text == null || text.isBlank() ? "—" : text;
  }

  /** A full-width table with these relative column widths. */
  public static PdfPTable table(float[] widths) {
    PdfPTable t = new PdfPTable(widths.length);
    try {
      t.setWidths(widths);
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalArgumentException(e);
    }
    t.setWidthPercentage(100);
    t.setSplitLate(false);
    return t;
  }

  private PdfPCell head(String text, int align) {
    return head(new Phrase(text, fonts.bold(HEAD)), align);
  }

  private static PdfPCell head(Phrase phrase, int align) {
    PdfPCell c = new PdfPCell(phrase);
    c.setHorizontalAlignment(align);
    c.setVerticalAlignment(Element.ALIGN_BOTTOM);
    c.setBackgroundColor(PdfColors.HEADER_FILL);
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(PdfColors.INK);
    c.setBorderWidth(0.6f);
    c.setPadding(3);
    c.setPaddingBottom(4);
    return c;
  }

  private static PdfPCell ruled(Phrase phrase, int align) {
    PdfPCell c = new PdfPCell(phrase);
    c.setHorizontalAlignment(align);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(PdfColors.RULE);
    c.setBorderWidth(RULE_WIDTH);
    c.setPadding(3);
    c.setPaddingBottom(4);
    return c;
  }

  private static PdfPCell total(Phrase phrase, int align) {
    PdfPCell c = ruled(phrase, align);
    c.setBorderColor(PdfColors.INK);
    c.setBorderWidth(0.6f);
    c.setBorder(Rectangle.TOP);
    return c;
  }

  private static PdfPCell plain(Phrase phrase, int align) {
    PdfPCell c = new PdfPCell(phrase);
    c.setHorizontalAlignment(align);
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(1.5f);
    c.setPaddingBottom(2.5f);
    c.setLeading(0, 1.3f);
    return c;
  }

  private static PdfPCell wrap(PdfPTable table, float top) {
    PdfPCell c = new PdfPCell(table);
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0);
    c.setPaddingTop(top);
    return c;
  }

  private static PdfPCell wrap(Phrase phrase, float top) {
    PdfPCell c = new PdfPCell(phrase);
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0);
    c.setPaddingTop(top);
    c.setLeading(0, 1.3f);
    return c;
  }
}
