package mx.gob.cdmx.mpi.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.render.report.ChartScale;
import mx.gob.cdmx.mpi.render.report.Glossary;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.ProgramSection;
import mx.gob.cdmx.mpi.render.report.ReportModel;

/**
 * A report as a PDF (US Letter): a first page with the summary and the table of contents, a page
 * with the indicators by programme and those that need attention, a page with the progress chart,
 * then one section per programme with its overview table and one block per indicator; bookmarks for
 * every part, programme and indicator, and the contents' pages are the bookmarks' pages. Same model
 * and date, same bytes.
 */
public final class PdfReport {

  private static final float SUMMARY_HEADING_ROOM = 60;
  private static final float MARGIN = 50;

  private PdfReport() {}

  /** The rendered PDF and its number of pages. */
  public static final class Rendered {
    private final byte[] bytes;
    private final int pages;

    public Rendered(byte[] bytes, int pages) {
      this.bytes = bytes;
      this.pages = pages;
    }

    /** The PDF bytes. */
    public byte[] bytes() {
      return bytes;
    }

    /** The number of pages. */
    public int pages() {
      return pages;
    }
  }

  private static final int MAX_PASSES = 4;
  private static final String EXECUTIVE = "resumen-ejecutivo";
  private static final String SUMMARY = "resumen";
  private static final String BY_PROGRAM = "por-programa";
  private static final String ATTENTION = "atencion";
  private static final String PENDING = "pendiente";
  private static final String PROGRESS = "avance";
  private static final String GLOSSARY = "glosario";

  /**
   * The PDF of {@code model}; {@code documentDate} becomes the file's creation and modification
   * date (the issue date when given, else the period's end date). Written twice or more: each pass
   * prints in the table of contents the pages the previous one recorded, until they agree.
   */
  public static Rendered render(ReportModel model, LocalDate documentDate) {
    Map<String, Integer> known = Map.of();
    for (int i = 0; i < MAX_PASSES; i++) {
      Bookmarks bookmarks = new Bookmarks(entries(model));
      // the first pass is a draft: it only learns the pages, and its bytes are never kept
      boolean draft = i == 0;
      Rendered pass = write(model, documentDate, bookmarks, known, draft);
      if (!draft && bookmarks.pages().equals(known)) {
        return pass;
      }
      known = bookmarks.pages();
    }
    throw new IllegalStateException("las páginas del contenido no se estabilizaron");
  }

  /** The bookmarks of a report: its parts, its programmes and, under each, its indicators. */
  static List<Bookmarks.Entry> entries(ReportModel model) {
    List<Bookmarks.Entry> entries = new ArrayList<>();
    entries.add(new Bookmarks.Entry(EXECUTIVE, "Resumen ejecutivo", null, true));
    entries.add(new Bookmarks.Entry(SUMMARY, "Resumen", null, true));
    entries.add(new Bookmarks.Entry(BY_PROGRAM, "Indicadores por programa y estado", null, true));
    entries.add(new Bookmarks.Entry(ATTENTION, "Requieren atención", null, true));
    entries.add(new Bookmarks.Entry(PENDING, "Información pendiente", null, true));
    entries.add(new Bookmarks.Entry(PROGRESS, "Avance hacia la meta anual", null, true));
    for (ProgramSection section : model.programs()) {
      String key = "programa:" + section.id();
      entries.add(new Bookmarks.Entry(key, programTitle(section), null, true));
      for (IndicatorView v : section.indicators()) {
        entries.add(
            new Bookmarks.Entry("indicador:" + v.id(), v.id() + " " + v.name(), key, false));
      }
    }
    entries.add(new Bookmarks.Entry(GLOSSARY, "Glosario", null, true));
    return entries;
  }

  private static String programTitle(ProgramSection section) {
    return section.id() + ". " + section.name();
  }

  private static Rendered write(
      ReportModel model,
      LocalDate documentDate,
      Bookmarks bookmarks,
      Map<String, Integer> known,
      boolean draft) {
    // The first pass only learns the pages (known is empty): its charts are not drawn.
    PdfFonts fonts = PdfFonts.load(known.isEmpty());
    PdfBlocks blocks = new PdfBlocks(fonts);
    PageDecorator pages = decorator(model, fonts);
    PdfMetadata meta =
        new PdfMetadata(
            model.title(),
            model.subtitle(),
            model.institution(),
            model.shortName() + ", " + model.periodCode(),
            documentDate);
    DeterministicPdf pdf =
        DeterministicPdf.create(
            draft,
            PageSize.LETTER,
            MARGIN,
            MARGIN,
            MARGIN + 12,
            MARGIN + 10,
            meta,
            pages,
            bookmarks);
    pdf.openDocument();
    Document doc = pdf.document();
    // never let later text jump ahead of a chart that moves to the next page
    pdf.writer().setStrictImageSequence(true);
    try {
      firstPage(doc, pdf, model, blocks);
      doc.add(contents(blocks, bookmarks, known));
      doc.newPage();
      attentionPage(doc, model, blocks);
      doc.newPage();
      progressPage(doc, pdf, model, blocks);
      for (ProgramSection section : model.programs()) {
        doc.newPage();
        programSection(doc, pdf.writer(), model, blocks, section);
      }
      doc.newPage();
      doc.add(blocks.heading("Glosario", 1, GLOSSARY));
      doc.add(blocks.glossary(Glossary.entries(model.thresholds())));
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot lay out the report", e);
    }
    byte[] bytes = pdf.finish();
    return new Rendered(bytes, pages.pages());
  }

  private static PageDecorator decorator(ReportModel model, PdfFonts fonts) {
    String footer =
        (model.preliminary() ? "PRELIMINAR · " : "")
            + "Datos al "
            + model.dataThrough()
            + (model.issueDate() == null ? "" : " · Emitido el " + model.issueDate());
    return new PageDecorator(
        fonts, model.shortName() + " · " + model.title(), "Plan " + model.planId(), footer, false);
  }

  /** The table of contents: each entry shown in it with its page (blank on the first pass). */
  private static PdfPTable contents(
      PdfBlocks blocks, Bookmarks bookmarks, Map<String, Integer> known) {
    List<String[]> rows = new ArrayList<>();
    for (Bookmarks.Entry e : bookmarks.entries()) {
      if (e.inContents()) {
        Integer page = known.get(e.key());
        rows.add(new String[] {e.title(), page == null ? " " : page.toString()});
      }
    }
    return blocks.contents("Contenido", rows);
  }

  /** The size of an indicator's trend chart, in points. */
  private static final float TREND_WIDTH = 300;

  private static final float TREND_HEIGHT = 110;

  private static void programSection(
      Document doc, PdfWriter writer, ReportModel model, PdfBlocks blocks, ProgramSection section)
      throws DocumentException {
    doc.add(blocks.heading(programTitle(section), 1, "programa:" + section.id()));
    int n = section.indicators().size();
    doc.add(
        blocks.caption(
            (n == 1 ? "1 indicador" : n + " indicadores")
                + ". Cifras acumuladas del "
                + model.toDateRange()
                + "."));
    doc.add(blocks.programOverview(section));
    for (IndicatorView v : section.indicators()) {
      Image trend =
          v.months().isEmpty()
              ? null
              : FichaChart.draw(writer, blocks.fonts(), v.months(), TREND_WIDTH, TREND_HEIGHT);
      PdfPTable block = blocks.indicator(model, v, trend);
      if (wouldLeaveHalfAPageBlank(doc, writer, block)) {
        PdfBlocks.letSplit(block);
      }
      doc.add(block);
    }
  }

  /**
   * Whether {@code block} does not fit in what is left of the page while more than half of the page
   * is left: moving it whole would leave that half blank.
   */
  private static boolean wouldLeaveHalfAPageBlank(Document doc, PdfWriter writer, PdfPTable block) {
    float left = writer.getVerticalPosition(false) - doc.bottom();
    float page = doc.top() - doc.bottom();
    float height = PdfBlocks.heightAt(block, doc.right() - doc.left());
    // measured on the text column, a little under half, so that the page (margins included) ends
    // up more than half used
    return height + block.spacingBefore() > left && left > page * 0.4f;
  }

  private static void firstPage(
      Document doc, DeterministicPdf pdf, ReportModel model, PdfBlocks blocks)
      throws DocumentException {
    cover(doc, model, blocks);
    doc.add(blocks.heading("Resumen ejecutivo", 1, EXECUTIVE));
    for (Element e :
        new ExecutiveBlock(blocks.fonts(), TypeScale.BODY).elements(model.executive())) {
      doc.add(e);
    }
    PdfPTable side = summaryTable(doc, pdf, model, blocks);
    // the «Resumen» heading never sits alone at the foot of page 1: heading, caption and table go
    // to the next page together when they do not fit (heading and caption take about 60 pt)
    float room = pdf.writer().getVerticalPosition(true) - doc.bottom();
    if (room < SUMMARY_HEADING_ROOM + PdfBlocks.heightAt(side, doc.right() - doc.left())) {
      doc.newPage();
    }
    doc.add(blocks.heading("Resumen", 1, SUMMARY));
    doc.add(
        blocks.caption(
            "Estado de los "
                + model.indicatorCount()
                + " indicadores, juzgado sobre el acumulado al "
                + model.dataThrough()
                + "."));
    doc.add(side);
  }

  /** The status table beside its bar chart. */
  private static PdfPTable summaryTable(
      Document doc, DeterministicPdf pdf, ReportModel model, PdfBlocks blocks) {
    PdfFonts fonts = blocks.fonts();
    PdfPTable side = PdfBlocks.table(new float[] {50, 50});
    PdfPCell left = new PdfPCell(blocks.statusSummary(model.summary(), model.indicatorCount()));
    left.setBorder(Rectangle.NO_BORDER);
    left.setPadding(0);
    left.setPaddingRight(12);
    side.addCell(left);
    float chartWidth = (doc.right() - doc.left()) * 0.5f - 4;
    Image chart =
        Charts.image(
            pdf.writer(), Charts.statusCounts(model.summary(), fonts), chartWidth, 150, fonts);
    PdfPCell right = new PdfPCell(chart, false);
    right.setBorder(Rectangle.NO_BORDER);
    right.setPadding(0);
    right.setVerticalAlignment(Element.ALIGN_MIDDLE);
    side.addCell(right);
    side.setSpacingAfter(8);
    return side;
  }

  private static void attentionPage(Document doc, ReportModel model, PdfBlocks blocks)
      throws DocumentException {
    doc.add(blocks.heading("Indicadores por programa y estado", 1, BY_PROGRAM));
    doc.add(blocks.programSummary(model.programSummaries(), model.legend()));
    doc.add(blocks.heading("Requieren atención", 1, ATTENTION));
    if (model.attention().isEmpty()) {
      doc.add(
          blocks.paragraph(
              "Ningún indicador está en rojo o amarillo, ni tiene datos"
                  + " parciales o faltantes."));
    } else {
      doc.add(
          blocks.caption(
              "Indicadores en rojo o amarillo, y los que tienen meta pero datos parciales o"
                  + " ninguno (sin los que ya alcanzaron su meta anual), con la nota más reciente"
                  + " del área y el motivo de la cifra faltante. Las acciones correctivas están en"
                  + " el resumen ejecutivo."));
      doc.add(blocks.attention(model.attention()));
    }
    pending(doc, model, blocks);
  }

  /** «Información pendiente»: what the data lack for the period, by area (docs/informes.md). */
  private static void pending(Document doc, ReportModel model, PdfBlocks blocks)
      throws DocumentException {
    doc.add(blocks.heading("Información pendiente", 1, PENDING));
    if (model.pending().isEmpty()) {
      doc.add(
          blocks.paragraph(
              "Nada pendiente: cada indicador y variable tiene sus filas del periodo."));
      return;
    }
    doc.add(
        blocks.caption(
            model.pending().summary()
                + " Indicadores y variables sin fila en los datos del periodo («Sin datos») o con"
                + " meses faltantes, por área responsable; «mpi faltantes» da la misma lista."));
    doc.add(PendingBlock.table(model.pending(), blocks.fonts()));
  }

  /** Institution, title, the period and the plan, and the thresholds, above a rule. */
  private static void cover(Document doc, ReportModel model, PdfBlocks blocks)
      throws DocumentException {
    PdfFonts fonts = blocks.fonts();
    Paragraph kicker =
        new Paragraph(
            model.shortName() + " · Junta de Gobierno",
            fonts.font(TypeScale.TABLE, true, PdfColors.ACCENT));
    doc.add(kicker);
    Paragraph institution =
        new Paragraph(model.institution(), fonts.font(TypeScale.TABLE, false, PdfColors.MUTED));
    institution.setSpacingAfter(6);
    doc.add(institution);
    Paragraph title = new Paragraph(model.title(), fonts.bold(TypeScale.TITLE));
    title.setLeading(24);
    doc.add(title);
    Paragraph subtitle =
        new Paragraph(model.subtitle(), fonts.font(TypeScale.BODY, false, PdfColors.MUTED));
    subtitle.setSpacingAfter(4);
    doc.add(subtitle);
    PdfPTable rule = PdfBlocks.table(new float[] {100});
    PdfPCell line = new PdfPCell();
    line.setBorder(Rectangle.BOTTOM);
    line.setBorderColor(PdfColors.ACCENT);
    line.setBorderWidth(1.2f);
    line.setFixedHeight(4);
    rule.addCell(line);
    doc.add(rule);
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"Periodo", model.periodLabel() + ", del " + model.periodRange()});
    facts.add(new String[] {"Acumulado del año", "Del " + model.toDateRange()});
    facts.add(new String[] {"Fecha de emisión", model.issueDate()});
    facts.add(new String[] {"Plan", model.planTitle() + " (" + model.planId() + ")"});
    facts.add(
        new String[] {
          "Semáforo",
          model.thresholds()
              + " El color va siempre acompañado de un símbolo y del nombre del estado:"
              + " ● Verde, ▲ Amarillo, ◆ Rojo."
        });
    if (model.personalData() != null) {
      facts.add(new String[] {"Datos personales", model.personalData()});
    }
    PdfPTable info = blocks.keyValues(facts, 24);
    info.setSpacingBefore(8);
    info.setSpacingAfter(4);
    doc.add(info);
  }

  private static void progressPage(
      Document doc, DeterministicPdf pdf, ReportModel model, PdfBlocks blocks)
      throws DocumentException {
    doc.add(blocks.heading("Avance hacia la meta anual", 1, PROGRESS));
    doc.add(
        blocks.paragraph(
            "Cada barra es el avance acumulado hacia la meta anual (realizado"
                + " entre meta anual) al "
                + model.dataThrough()
                + ", con el color y la trama de su estado (verde lisa, amarillo rayada, rojo"
                + " cuadriculada), cuyo símbolo y nombre se escriben junto al indicador. La marca negra es lo que el calendario del plan espera"
                + " a esa fecha; la línea punteada, la meta anual (100 %). Sólo aparecen los indicadores con"
                + " meta numérica calendarizada; los demás se explican en su programa."));
    progressCharts(doc, pdf, model.charted(), blocks.fonts());
  }

  /**
   * The progress chart, in as many parts as pages it needs (all on the same axis): one image taller
   * than the page would be cut off. Each part holds the rows that fit in the room left on its page.
   */
  private static void progressCharts(
      Document doc, DeterministicPdf pdf, List<IndicatorView> rows, PdfFonts fonts)
      throws DocumentException {
    float width = doc.right() - doc.left();
    double scale = ChartScale.of(rows);
    int from = 0;
    do {
      float room = pdf.writer().getVerticalPosition(true) - doc.bottom() - 2 * CHART_SPACING;
      int fit = Charts.progressFit(rows, from, fonts, width, room);
      if (fit == 0 && from < rows.size() && room < doc.top() - doc.bottom() - 2 * CHART_SPACING) {
        doc.newPage();
        continue;
      }
      List<IndicatorView> part = rows.subList(from, Math.min(rows.size(), from + Math.max(1, fit)));
      Image chart =
          Charts.image(
              pdf.writer(),
              Charts.progress(part, fonts, width, scale),
              width,
              Charts.progressHeight(part, fonts, width),
              fonts);
      chart.setSpacingBefore(CHART_SPACING);
      chart.setSpacingAfter(CHART_SPACING);
      doc.add(chart);
      from += part.size();
    } while (from < rows.size());
  }

  private static final float CHART_SPACING = 6;
}
