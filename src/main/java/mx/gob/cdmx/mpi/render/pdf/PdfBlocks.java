package mx.gob.cdmx.mpi.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import mx.gob.cdmx.mpi.render.report.Glossary;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.MonthSeries;
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
  public static final float BODY = TypeScale.BODY;

  /** Table text size in points. */
  public static final float TABLE = TypeScale.TABLE;

  /** Table header size in points. */
  public static final float HEAD = TypeScale.TABLE;

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
    Font font =
        level <= 1
            ? fonts.font(TypeScale.H1, true, PdfColors.ACCENT)
            : fonts.font(TypeScale.H2, true, PdfColors.INK);
    Paragraph p = new Paragraph(text, font);
    p.setSpacingBefore(level <= 1 ? 4 : 10);
    p.setSpacingAfter(level <= 1 ? 6 : 4);
    p.setKeepTogether(true);
    return p;
  }

  /** A heading that records its page and bookmark under {@code key} ({@link Bookmarks}). */
  public Paragraph heading(String text, int level, String key) {
    Paragraph p = heading("", level);
    p.add(Bookmarks.marker(key, text, p.getFont()));
    return p;
  }

  /**
   * A table of contents under a level-2 heading: one row per entry, its title and its page (rows of
   * two strings).
   */
  public PdfPTable contents(String heading, List<String[]> rows) {
    PdfPTable t = table(new float[] {90, 10});
    PdfPCell head = plain(new Phrase(heading, fonts.font(TypeScale.H2, true, PdfColors.INK)), 0);
    head.setColspan(2);
    head.setPaddingBottom(6);
    t.addCell(head);
    for (String[] row : rows) {
      Phrase title = new Phrase(row[0], fonts.font(TABLE));
      Chunk leader = new Chunk(new com.lowagie.text.pdf.draw.DottedLineSeparator());
      title.add(new Chunk(" ", fonts.font(TABLE)));
      title.add(leader);
      t.addCell(plain(title, Element.ALIGN_LEFT));
      t.addCell(plain(new Phrase(row[1], fonts.font(TABLE)), Element.ALIGN_RIGHT));
    }
    t.setSpacingBefore(10);
    t.setKeepTogether(true);
    return t;
  }

  /** A paragraph of body text. */
  public Paragraph paragraph(String text) {
    Paragraph p = new Paragraph(Unbroken.chunk(text, fonts.font(BODY)));
    p.setLeading(BODY * 1.35f);
    p.setSpacingAfter(4);
    return p;
  }

  /** A caption in secondary colour. */
  public Paragraph caption(String text) {
    Paragraph p = new Paragraph(Unbroken.chunk(text, fonts.font(TABLE, false, PdfColors.MUTED)));
    p.setLeading(TABLE * 1.35f);
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
      t.addCell(plain(new Phrase(Unbroken.chunk(row[1], fonts.font(BODY))), Element.ALIGN_LEFT));
    }
    return t;
  }

  /** Count and share of indicators per status, with a total row. */
  public PdfPTable statusSummary(List<StatusCount> counts, int total) {
    PdfPTable t = table(new float[] {44, 28, 28});
    t.addCell(head("Estado", Element.ALIGN_LEFT));
    t.addCell(head("Indicadores", Element.ALIGN_RIGHT));
    t.addCell(head("Proporción", Element.ALIGN_RIGHT));
    t.setHeaderRows(1);
    for (StatusCount c : counts) {
      t.addCell(ruled(StatusBadge.phrase(c.status(), false, fonts, TABLE), Element.ALIGN_LEFT));
      t.addCell(
          ruled(new Phrase(Integer.toString(c.count()), fonts.font(TABLE)), Element.ALIGN_RIGHT));
      t.addCell(
          ruled(
              new Phrase(Unbroken.chunk(c.share(), fonts.font(TABLE, false, PdfColors.MUTED))),
              Element.ALIGN_RIGHT));
    }
    t.addCell(total(new Phrase("Total", fonts.bold(TABLE)), Element.ALIGN_LEFT));
    t.addCell(total(new Phrase(Integer.toString(total), fonts.bold(TABLE)), Element.ALIGN_RIGHT));
    t.addCell(total(new Phrase(Unbroken.chunk("100.0 %", fonts.bold(TABLE))), Element.ALIGN_RIGHT));
    return t;
  }

  /** Programmes × statuses: how many indicators of each programme have each status. */
  public PdfPTable programSummary(List<ProgramSummary> programs, List<StatusView> legend) {
    float[] widths = new float[legend.size() + 2];
    widths[0] = 26;
    for (int i = 0; i < legend.size(); i++) {
      widths[i + 1] = 9.6f;
    }
    widths[widths.length - 1] = 6.8f;
    PdfPTable t = table(widths);
    t.addCell(head("Programa", Element.ALIGN_LEFT));
    for (StatusView s : legend) {
      Phrase p = new Phrase();
      StatusMark mark = StatusMark.ofCode(s.code());
      p.add(new Chunk(mark.symbol(), fonts.font(TABLE + 1, false, mark.mark())));
      p.add(new Chunk("\n" + s.word(), fonts.font(TABLE)));
      PdfPCell c = head(p, Element.ALIGN_CENTER);
      t.addCell(c);
    }
    t.addCell(head("Total", Element.ALIGN_RIGHT));
    t.setHeaderRows(1);
    for (ProgramSummary p : programs) {
      t.addCell(ruled(new Phrase(p.id() + ". " + p.name(), fonts.font(TABLE)), Element.ALIGN_LEFT));
      for (StatusCount c : p.counts()) {
        boolean zero = c.count() == 0;
        t.addCell(
            ruled(
                new Phrase(
                    zero ? "·" : Integer.toString(c.count()),
                    zero ? fonts.font(TABLE, false, PdfColors.RULE) : fonts.bold(TABLE)),
                Element.ALIGN_CENTER));
      }
      t.addCell(
          ruled(new Phrase(Integer.toString(p.total()), fonts.bold(TABLE)), Element.ALIGN_RIGHT));
    }
    return t;
  }

  /** One row per indicator of a programme: status, target and realized to date, result. */
  public PdfPTable programOverview(ProgramSection section) {
    PdfPTable t = table(new float[] {23, 19, 15, 12, 12, 19});
    t.addCell(head("Indicador", Element.ALIGN_LEFT));
    t.addCell(head("Estado", Element.ALIGN_LEFT));
    t.addCell(head("Meta al corte", Element.ALIGN_RIGHT));
    t.addCell(head("Realizado al corte", Element.ALIGN_RIGHT));
    t.addCell(head("Resultado acumulado", Element.ALIGN_RIGHT));
    t.addCell(head("Avance anual (esperado)", Element.ALIGN_RIGHT));
    t.setHeaderRows(1);
    for (IndicatorView v : section.indicators()) {
      Phrase name = new Phrase();
      name.add(new Chunk(v.id() + "  ", fonts.bold(TABLE)));
      name.add(new Chunk(v.name(), fonts.font(TABLE)));
      t.addCell(ruled(name, Element.ALIGN_LEFT));
      t.addCell(
          ruled(StatusBadge.phrase(v.status(), v.overTarget(), fonts, TABLE), Element.ALIGN_LEFT));
      t.addCell(ruled(number(v.toDate().target()), Element.ALIGN_RIGHT));
      t.addCell(ruled(number(v.toDate().realized()), Element.ALIGN_RIGHT));
      t.addCell(ruled(number(shortVariation(v.toDate().result())), Element.ALIGN_RIGHT));
      t.addCell(
          ruled(
              number(
                  v.progress().text()
                      + (v.progress().expected() == null
                          ? ""
                          : " (" + v.progress().expected() + ")")),
              Element.ALIGN_RIGHT));
    }
    return t;
  }

  /** The glossary: each term in bold beside its definition (docs/informes.md, «Glosario»). */
  public PdfPTable glossary(List<Glossary.Entry> entries) {
    PdfPTable t = table(new float[] {26, 74});
    t.addCell(head("Término", Element.ALIGN_LEFT));
    t.addCell(head("Qué significa en este documento", Element.ALIGN_LEFT));
    t.setHeaderRows(1);
    for (Glossary.Entry e : entries) {
      t.addCell(ruled(new Phrase(e.term(), fonts.bold(TABLE)), Element.ALIGN_LEFT));
      t.addCell(
          ruled(new Phrase(Unbroken.chunk(e.definition(), fonts.font(TABLE))), Element.ALIGN_LEFT));
    }
    return t;
  }

  /**
   * The indicators that need attention, one row each: id and name, status, result to date, and the
   * notes of the period (the justification) or, without notes, why a figure is missing.
   */
  public PdfPTable attention(List<IndicatorView> indicators) {
    PdfPTable t = table(new float[] {28, 16, 14, 42});
    t.addCell(head("Indicador", Element.ALIGN_LEFT));
    t.addCell(head("Estado", Element.ALIGN_LEFT));
    t.addCell(head("Resultado acumulado", Element.ALIGN_RIGHT));
    t.addCell(head("Nota del área y motivo de cifras faltantes", Element.ALIGN_LEFT));
    t.setHeaderRows(1);
    for (IndicatorView v : indicators) {
      Phrase name = new Phrase();
      name.add(new Chunk(v.id() + "  ", fonts.bold(TABLE)));
      name.add(new Chunk(v.name(), fonts.font(TABLE)));
      t.addCell(ruled(name, Element.ALIGN_LEFT));
      t.addCell(
          ruled(StatusBadge.phrase(v.status(), v.overTarget(), fonts, TABLE), Element.ALIGN_LEFT));
      t.addCell(ruled(number(shortVariation(v.toDate().result())), Element.ALIGN_RIGHT));
      // the area's most recent note, as the caption says (all the notes are in the ficha)
      String note = v.lastNote();
      String why =
          note == null
              ? (v.reason() != null ? v.reason() : "Sin nota en el año.")
              : note + (v.reason() == null ? "" : " — Cifra faltante: " + v.reason());
      t.addCell(ruled(new Phrase(Unbroken.chunk(why, fonts.font(TABLE))), Element.ALIGN_LEFT));
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
    row(t, "Meta", v.period().target(), v.toDate().target());
    row(t, "Realizado", v.period().realized(), v.toDate().realized());
    if (v.comparison().growth()) {
      // the narrow packet column keeps the figure; the label says what it is, the row below the
      // base
      row(
          t,
          "Resultado (variación)",
          figureOnly(v.period().result()),
          figureOnly(v.toDate().result()));
    } else {
      row(t, "Resultado", v.period().result(), v.toDate().result());
    }
    row(t, v.comparison().header(), v.comparison().period(), v.comparison().toDate());
    return t;
  }

  /**
   * "107.1 % (variación +7.1 % respecto de …)" → "107.1 % (variación +7.1 %)", for narrow columns.
   */
  private static String shortVariation(String result) {
    int cut = result.indexOf(" respecto de");
    return result.contains(" (variación ") && cut > 0 ? result.substring(0, cut) + ")" : result;
  }

  /** "107.1 % (variación +7.1 % respecto de …)" → "107.1 %". */
  private static String figureOnly(String result) {
    int cut = result.indexOf(" (variación ");
    return cut < 0 ? result : result.substring(0, cut);
  }

  /**
   * The figures of one indicator with the windows as rows — period and to date, one row when they
   * are the same months — and as columns the target, the realized figure, the result with its
   * formula worked ("(1 / 1) × 100 = 100.0 %") and last year's baseline; the formula itself is
   * written in the header.
   */
  public PdfPTable workedFigures(ReportModel model, IndicatorView v) {
    PdfPTable t = table(new float[] {20, 16, 13, 35, 16});
    t.addCell(head("Ventana", Element.ALIGN_LEFT));
    t.addCell(head("Meta", Element.ALIGN_RIGHT));
    t.addCell(head("Realizado", Element.ALIGN_RIGHT));
    Phrase result = new Phrase();
    result.add(new Chunk("Resultado: ", fonts.bold(HEAD)));
    result.add(new Chunk(v.formula(), fonts.font(HEAD)));
    t.addCell(head(result, Element.ALIGN_LEFT));
    t.addCell(head(v.comparison().header(), Element.ALIGN_RIGHT));
    t.setHeaderRows(1);
    if (!model.sameWindows()) {
      worked(
          t,
          "Periodo",
          model.periodWindow(),
          v.period().target(),
          v.period().realized(),
          v.period().worked(),
          v.comparison().period());
    }
    worked(
        t,
        model.sameWindows() ? "Periodo y acumulado" : "Acumulado",
        model.toDateWindow(),
        v.toDate().target(),
        v.toDate().realized(),
        v.toDate().worked(),
        v.comparison().toDate());
    return t;
  }

  /**
   * The whole block of one indicator, moved to the next page rather than split when it fits there
   * (split only when longer than a page): a stripe in the status colour, the id and name with the
   * status badge, the programmed goal, the figures with the worked formulas, the annual goal and
   * progress, the baseline, responsible units, source, why a figure is missing, and the notes of
   * the period.
   */
  public PdfPTable indicator(ReportModel model, IndicatorView v) {
    return indicator(model, v, null);
  }

  /**
   * As {@link #indicator(ReportModel, IndicatorView)}, with {@code trend} (may be null) under the
   * figures: the month-by-month chart of the to-date result against the schedule.
   */
  public PdfPTable indicator(ReportModel model, IndicatorView v, Image trend) {
    PdfPTable inner = new PdfPTable(1);
    inner.setWidthPercentage(100);
    titleAndFigures(inner, model, v);
    if (trend != null) {
      inner.addCell(trend(model, v.months(), trend));
    }
    goalAndSources(inner, v);
    reasonAndNotes(inner, v);
    return striped(inner, v);
  }

  /** The trend chart with its caption, as a part of an indicator block. */
  private PdfPCell trend(ReportModel model, MonthSeries series, Image chart) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    cell.setPaddingTop(4);
    cell.addElement(caption(series.caption(model.year())));
    // at its own size, so its text keeps the charts' type size
    PdfPTable frame = new PdfPTable(1);
    frame.setTotalWidth(chart.getWidth());
    frame.setLockedWidth(true);
    frame.setHorizontalAlignment(Element.ALIGN_LEFT);
    PdfPCell image = new PdfPCell(chart, false);
    image.setBorder(Rectangle.NO_BORDER);
    image.setPadding(0);
    frame.addCell(image);
    cell.addElement(frame);
    return cell;
  }

  /** Id, name and status badge; the programmed goal; the figures with the worked formulas. */
  private void titleAndFigures(PdfPTable inner, ReportModel model, IndicatorView v) {
    PdfPTable top = table(new float[] {72, 28});
    Phrase title = new Phrase();
    title.add(new Chunk(v.id() + "  ", fonts.bold(TypeScale.H2)));
    title.add(Bookmarks.marker("indicador:" + v.id(), v.name(), fonts.bold(TypeScale.H2)));
    top.addCell(plain(title, Element.ALIGN_LEFT));
    PdfPCell badge =
        plain(StatusBadge.phrase(v.status(), v.overTarget(), fonts, BODY), Element.ALIGN_RIGHT);
    badge.setVerticalAlignment(Element.ALIGN_TOP);
    top.addCell(badge);
    inner.addCell(wrap(top, 0));
    if (v.plan().ficha().programmedGoal() != null) {
      inner.addCell(
          wrap(
              new Phrase(
                  "Meta programada: «" + v.plan().ficha().programmedGoal() + "»",
                  fonts.font(TABLE, false, PdfColors.MUTED)),
              1));
    }
    inner.addCell(wrap(workedFigures(model, v), 3));
    inner.addCell(
        wrap(
            new Phrase(
                "Fórmula en palabras: " + v.formulaWords() + ".",
                fonts.font(TABLE, false, PdfColors.MUTED)),
            3));
    if (!model.sameWindows() && !"no-target".equals(v.status().code())) {
      Phrase both = new Phrase();
      both.add(new Chunk("Estado del periodo: ", fonts.bold(TABLE)));
      both.add(StatusBadge.phrase(v.periodStatus(), false, fonts, TABLE));
      both.add(new Chunk("   ·   Estado del acumulado: ", fonts.bold(TABLE)));
      both.add(StatusBadge.phrase(v.status(), v.overTarget(), fonts, TABLE));
      both.add(
          new Chunk(
              "   (el semáforo se juzga sobre el acumulado)",
              fonts.font(TABLE, false, PdfColors.MUTED)));
      inner.addCell(wrap(both, 3));
    }
  }

  /** Annual goal and progress, baseline, responsible units and sources, one line each. */
  private void goalAndSources(PdfPTable inner, IndicatorView v) {
    inner.addCell(
        wrap(
            line(
                new String[] {"Meta anual", v.target().annualGoal()},
                new String[] {"Avance hacia la meta anual", v.progress().note()}),
            5));
    inner.addCell(
        wrap(
            line(
                new String[] {
                  "Línea base",
                  v.baseline().comparison()
                      + (v.baseline().plan() == null
                          ? ""
                          : " En el plan: «" + v.baseline().plan() + "»")
                }),
            2));
    if (v.comparison().note() != null) {
      inner.addCell(wrap(line(new String[] {"Variación", v.comparison().note()}), 2));
    }
    if (v.target().fractionNote() != null) {
      inner.addCell(wrap(line(new String[] {"Meta al corte", v.target().fractionNote()}), 2));
    }
    inner.addCell(wrap(line(new String[] {"Responsables", v.plan().responsible()}), 2));
    inner.addCell(
        wrap(
            line(
                new String[] {
                  "Fuente de información",
                  v.plan().informationSource()
                      + (v.dataSources().isEmpty()
                          ? ""
                          : " Datos del periodo: " + String.join("; ", v.dataSources()) + ".")
                }),
            2));
  }

  /** Why a figure is missing (shaded), then the notes of the period. */
  private void reasonAndNotes(PdfPTable inner, IndicatorView v) {
    if (v.reason() != null) {
      Phrase why = new Phrase();
      why.add(new Chunk("Por qué falta alguna cifra: ", fonts.bold(BODY)));
      why.add(Unbroken.chunk(v.reason(), fonts.font(BODY)));
      PdfPCell cell = wrap(why, 3);
      cell.setBackgroundColor(PdfColors.NOTE_FILL);
      cell.setPaddingLeft(4);
      cell.setPaddingRight(4);
      cell.setPaddingBottom(4);
      PdfPTable box = table(new float[] {100});
      box.addCell(cell);
      inner.addCell(wrap(box, 4));
    }
    if (!v.notes().isEmpty()) {
      Paragraph notes = new Paragraph();
      notes.add(new Chunk("Notas del periodo", fonts.bold(BODY)));
      for (NoteView n : v.notes()) {
        notes.add(Chunk.NEWLINE);
        notes.add(
            new Chunk(
                "•  " + n.period() + (n.variable() == null ? "" : " (" + n.variable() + ")") + ": ",
                fonts.bold(BODY)));
        notes.add(
            Unbroken.chunk(
                n.text() + (n.source() == null ? "" : " (fuente: " + n.source() + ")"),
                fonts.font(BODY)));
      }
      notes.setLeading(BODY * 1.4f);
      PdfPCell cell = new PdfPCell();
      cell.addElement(notes);
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPadding(0);
      cell.setPaddingTop(2);
      inner.addCell(cell);
    }
  }

  /**
   * The block beside a stripe in the status colour, kept on one page when it fits ({@link
   * #letSplit} lets it run onto the next page); its first row, skipped where the block starts,
   * heads a page it runs onto with «… (continuación)».
   */
  private PdfPTable striped(PdfPTable inner, IndicatorView v) {
    PdfPTable outer = table(new float[] {1.2f, 98.8f});
    String name = v.name().endsWith(".") ? v.name().substring(0, v.name().length() - 1) : v.name();
    PdfPCell continued =
        plain(
            new Phrase(
                v.id() + "  " + name + " (continuación)",
                fonts.font(TypeScale.H2, true, PdfColors.MUTED)),
            Element.ALIGN_LEFT);
    continued.setColspan(2);
    continued.setPaddingBottom(6);
    outer.addCell(continued);
    outer.setHeaderRows(1);
    outer.setSkipFirstHeader(true);
    // one row per part of the block, so that a block allowed to split breaks between its parts
    List<PdfPRow> parts = inner.getRows();
    for (int i = 0; i < parts.size(); i++) {
      PdfPCell stripe = new PdfPCell();
      stripe.setBackgroundColor(StatusMark.ofCode(v.status().code()).mark());
      stripe.setBorder(Rectangle.NO_BORDER);
      outer.addCell(stripe);
      PdfPCell part = new PdfPCell(parts.get(i).getCells()[0]);
      part.setPaddingLeft(part.getPaddingLeft() + 8);
      if (i == parts.size() - 1) {
        part.setPaddingBottom(part.getPaddingBottom() + 2);
      }
      outer.addCell(part);
    }
    outer.setKeepTogether(true);
    outer.setSplitLate(true);
    outer.setSplitRows(true);
    outer.setSpacingBefore(8);
    outer.setSpacingAfter(8);
    return outer;
  }

  /** The height {@code table} takes at {@code width} points (its width is locked to it). */
  public static float heightAt(PdfPTable table, float width) {
    table.setTotalWidth(width);
    table.setLockedWidth(true);
    return table.getTotalHeight();
  }

  /**
   * Lets an indicator block ({@link #indicator}) start on the current page and run onto the next
   * instead of moving whole, when moving it would leave more than half a page blank.
   */
  public static void letSplit(PdfPTable block) {
    block.setKeepTogether(false);
  }

  /** "Label: value · Label: value", labels in bold; pairs with a null value are skipped. */
  public Phrase line(String[]... pairs) {
    Phrase p = new Phrase();
    boolean first = true;
    for (String[] pair : pairs) {
      if (pair[1] == null) {
        continue;
      }
      if (!first) {
        p.add(new Chunk("   ·   ", fonts.font(BODY, false, PdfColors.MUTED)));
      }
      p.add(new Chunk(pair[0] + ": ", fonts.bold(BODY)));
      p.add(Unbroken.chunk(pair[1], fonts.font(BODY)));
      first = false;
    }
    return p;
  }

  private void worked(
      PdfPTable t,
      String window,
      String months,
      String target,
      String realized,
      String worked,
      String baseline) {
    Phrase name = new Phrase();
    name.add(new Chunk(window + " ", fonts.bold(TABLE)));
    name.add(new Chunk(months, fonts.font(TABLE, false, PdfColors.MUTED)));
    t.addCell(ruled(name, Element.ALIGN_LEFT));
    t.addCell(ruled(number(target), Element.ALIGN_RIGHT));
    t.addCell(ruled(number(realized), Element.ALIGN_RIGHT));
    t.addCell(ruled(number(worked), Element.ALIGN_LEFT));
    t.addCell(ruled(number(baseline), Element.ALIGN_RIGHT));
  }

  private void row(PdfPTable t, String label, String period, String toDate) {
    t.addCell(ruled(new Phrase(label, fonts.font(TABLE)), Element.ALIGN_LEFT));
    t.addCell(ruled(number(period), Element.ALIGN_RIGHT));
    t.addCell(ruled(number(toDate), Element.ALIGN_RIGHT));
  }

  private Phrase number(String text) {
    return new Phrase(
        Unbroken.chunk(
            text,
            "—".equals(text) ? fonts.font(TABLE, false, PdfColors.MUTED) : fonts.font(TABLE)));
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
    // OpenPDF does not apply a heading's spacing-after before a table: without this the header
    // fill covers the heading's descenders.
    t.setSpacingBefore(4);
    return t;
  }

  private PdfPCell head(String text, int align) {
    return head(new Phrase(text, fonts.bold(HEAD)), align);
  }

  /** A header cell: bold text at the foot of a shaded cell ruled in ink below. */
  static PdfPCell head(Phrase phrase, int align) {
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
