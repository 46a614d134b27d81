package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.evaluate.Status;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.measure.SourceFile;
import mx.gob.cdmx.mpi.plan.CronogramaRow;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.IndicatorText;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Thresholds;
import mx.gob.cdmx.mpi.render.EsMx;
import mx.gob.cdmx.mpi.render.pdf.Charts;
import mx.gob.cdmx.mpi.render.pdf.DeterministicPdf;
import mx.gob.cdmx.mpi.render.pdf.PageDecorator;
import mx.gob.cdmx.mpi.render.pdf.PdfBlocks;
import mx.gob.cdmx.mpi.render.pdf.PdfMetadata;
import mx.gob.cdmx.mpi.render.pdf.StatusBadge;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.NoteView;
import mx.gob.cdmx.mpi.render.report.ProgramSection;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import mx.gob.cdmx.mpi.validate.Problem;
import mx.gob.cdmx.mpi.validate.ValidationResult;

/**
 * One pass of writing the packet. The first pass knows no page numbers and prints none in the table
 * of contents; it records where each entry starts. The second pass prints those numbers: the
 * contents take the same room in both passes, so nothing moves.
 */
final class PacketDocument {

  /** What one pass wrote: the bytes, the page of each entry (by key) and the page count. */
  record Pass(byte[] pdf, Map<String, Integer> pages, int pageCount) {}

  static final String NONE = "—";
  private static final float MARGIN_X = 54;
  private static final float MARGIN_TOP = 66;
  private static final float MARGIN_BOTTOM = 58;

  private final PacketModel model;
  private final ReportModel report;
  private final Evaluation evaluation;
  private final Plan plan;
  private final Map<String, Integer> knownPages;
  private final Style style = new Style();
  private final PdfBlocks blocks = new PdfBlocks(style.fonts);
  private Document doc;
  private PdfWriter writer;

  private PacketDocument(PacketModel model, Map<String, Integer> knownPages) {
    this.model = model;
    this.report = model.report();
    this.evaluation = model.evaluation();
    this.plan = evaluation.plan();
    this.knownPages = knownPages;
  }

  /**
   * Writes the packet once; {@code knownPages} come from the previous pass (empty on the first).
   */
  static Pass write(PacketModel model, Map<String, Integer> knownPages) {
    return new PacketDocument(model, knownPages).write();
  }

  private Pass write() {
    PdfMetadata metadata = metadata();
    Sections sections = new Sections(model);
    String session = model.options().session();
    PageDecorator decorator =
        new PageDecorator(
            style.fonts,
            report.shortName() + " · Junta de Gobierno" + (session == null ? "" : " · " + session),
            "Carpeta " + report.periodCode(),
            "Datos al " + report.cutoffDate() + " · mpi " + model.options().toolVersion(),
            false);
    DeterministicPdf pdf =
        DeterministicPdf.create(
            PageSize.LETTER,
            MARGIN_X,
            MARGIN_X,
            MARGIN_TOP,
            MARGIN_BOTTOM,
            metadata,
            sections,
            decorator);
    doc = pdf.document();
    writer = pdf.writer();
    PdfA.beforeOpen(writer, metadata);
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
    pdf.openDocument();
    PdfA.afterOpen(writer);
    cover();
    contents();
    summary();
    fichas();
    attention();
    annexData();
    annexValidation();
    annexMethod();
    annexProvenance();
    byte[] bytes = pdf.finish();
    return new Pass(bytes, sections.pages(), decorator.pages());
  }

  private PdfMetadata metadata() {
    String session = model.options().session();
    String title =
        "Carpeta de la Junta de Gobierno — "
            + report.periodLabel()
            + (session == null ? "" : " — " + session);
    LocalDate date = LocalDate.ofInstant(model.documentInstant(), ZoneOffset.UTC);
    return new PdfMetadata(
        title,
        "Informe de seguimiento del "
            + report.planTitle()
            + " para la Junta de Gobierno, periodo "
            + report.periodCode(),
        report.institution(),
        "Junta de Gobierno; "
            + report.shortName()
            + "; "
            + report.periodCode()
            + "; "
            + report.planId(),
        date);
  }

  // ---------------------------------------------------------------- cover

  private void cover() {
    doc.add(new Paragraph(report.shortName(), style.bold(12, Style.ACCENT)));
    Paragraph institution = new Paragraph(report.institution(), style.font(10.5f, Style.MUTED));
    institution.setLeading(14);
    institution.setSpacingAfter(8);
    doc.add(institution);
    doc.add(rule(Style.ACCENT, 1.5f, 10));

    Paragraph board = new Paragraph(new Chunk("Junta de Gobierno", style.bold(30, Style.ACCENT)));
    board.setSpacingBefore(110);
    doc.add(board);
    String session = model.options().session();
    Paragraph sessionLine =
        new Paragraph(
            session == null
                ? new Chunk("Sesión: no indicada", style.font(16, Style.MUTED))
                : new Chunk(session, style.bold(18)));
    sessionLine.setSpacingBefore(10);
    doc.add(sessionLine);
    Paragraph what =
        new Paragraph(
            "Carpeta de la sesión · Seguimiento del " + report.planTitle(),
            style.font(12, Style.MUTED));
    what.setSpacingBefore(16);
    doc.add(what);

    PdfPTable facts = table(new float[] {28, 72});
    facts.setSpacingBefore(36);
    fact(facts, "Periodo", report.periodLabel() + " · " + report.periodCode());
    fact(facts, "Acumulado del año", "Del " + report.toDateRange());
    fact(facts, "Fecha", report.issueDate() == null ? "no indicada" : report.issueDate());
    fact(facts, "Corte de la información", report.cutoffDate());
    fact(facts, "Plan", report.planTitle() + " (" + report.planId() + ")");
    fact(facts, "Indicadores", Integer.toString(report.indicatorCount()));
    doc.add(facts);

    ColumnText foot = new ColumnText(writer.getDirectContent());
    foot.setSimpleColumn(doc.left(), doc.bottom(), doc.right(), doc.bottom() + 40);
    Paragraph note =
        new Paragraph(
            "Generado con mpi "
                + model.options().toolVersion()
                + " a partir del plan y de las mediciones que enumera el Anexo D (Procedencia), con su"
                + " huella SHA-256. Archivo PDF/A-1b para su conservación.",
            style.font(8, Style.MUTED));
    note.setLeading(11);
    foot.addElement(note);
    foot.go();
  }

  private void fact(PdfPTable table, String label, String value) {
    PdfPCell l = cell(label, style.bold(10, Style.MUTED));
    PdfPCell v = cell(value, style.font(11));
    for (PdfPCell c : new PdfPCell[] {l, v}) {
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColor(Style.RULE);
      c.setPaddingTop(5);
      c.setPaddingBottom(6);
    }
    table.addCell(l);
    table.addCell(v);
  }

  // ---------------------------------------------------------------- contents

  private void contents() {
    doc.newPage();
    heading(PacketModel.CONTENTS, "Índice", 0);
    PdfPTable toc = table(new float[] {90, 10});
    for (TocEntry e : model.toc()) {
      Font font =
          e.level() == 0
              ? style.bold(10)
              : e.level() == 1 ? style.bold(8.5f, Style.MUTED) : style.font(8.5f);
      Phrase title = new Phrase();
      title.add(new Chunk(e.title(), font));
      title.add(new Chunk(" ", font));
      Chunk leader = new Chunk(new DottedLineSeparator());
      leader.setFont(font);
      title.add(leader);
      PdfPCell t = new PdfPCell(title);
      t.setBorder(Rectangle.NO_BORDER);
      t.setPaddingLeft(e.level() * 14f);
      t.setPaddingTop(e.level() == 0 ? 5 : 1.5f);
      t.setPaddingBottom(1.5f);
      t.setVerticalAlignment(Element.ALIGN_BOTTOM);
      Integer page = knownPages.get(e.key());
      PdfPCell n = new PdfPCell(new Phrase(page == null ? " " : page.toString(), font));
      n.setBorder(Rectangle.NO_BORDER);
      n.setHorizontalAlignment(Element.ALIGN_RIGHT);
      n.setVerticalAlignment(Element.ALIGN_BOTTOM);
      n.setPaddingTop(t.getPaddingTop());
      n.setPaddingBottom(1.5f);
      toc.addCell(t);
      toc.addCell(n);
    }
    doc.add(toc);
  }

  // ---------------------------------------------------------------- summary

  private void summary() {
    doc.newPage();
    heading(PacketModel.SUMMARY, entryTitle(PacketModel.SUMMARY), 0);
    doc.add(
        para(
            "Situación de los "
                + report.indicatorCount()
                + " indicadores del "
                + report.planTitle()
                + " al "
                + report.cutoffDate()
                + ". Periodo del informe: "
                + report.periodLabel()
                + ", del "
                + report.periodRange()
                + ". El semáforo se juzga"
                + " sobre el acumulado del año, del "
                + report.toDateRange()
                + ".",
            style.font(9.5f),
            0,
            6));

    doc.add(subheading("Indicadores por estado"));
    PdfPTable side = table(new float[] {50, 50});
    PdfPCell left = new PdfPCell(blocks.statusSummary(report.summary(), report.indicatorCount()));
    left.setBorder(Rectangle.NO_BORDER);
    left.setPadding(0);
    left.setPaddingRight(12);
    side.addCell(left);
    float chartWidth = (doc.right() - doc.left()) * 0.5f - 4;
    Image chart =
        Charts.image(
            writer,
            Charts.statusCounts(report.summary(), style.fonts),
            chartWidth,
            140,
            style.fonts);
    PdfPCell right = new PdfPCell(chart, false);
    right.setBorder(Rectangle.NO_BORDER);
    right.setPadding(0);
    right.setVerticalAlignment(Element.ALIGN_MIDDLE);
    side.addCell(right);
    doc.add(side);

    doc.add(subheading("Por programa"));
    doc.add(blocks.programSummary(report.programSummaries(), report.legend()));

    doc.add(subheading("Indicadores que requieren atención"));
    if (model.attention().isEmpty()) {
      doc.add(
          para(
              "Ningún indicador está en amarillo o en rojo al corte del periodo.",
              style.font(9),
              0,
              4));
    } else {
      PdfPTable t = table(new float[] {8, 46, 15, 13, 18});
      t.setHeaderRows(1);
      header(t, "Id", "Indicador", "Estado", "Resultado acumulado", "Justificación");
      for (PacketModel.Attention a : model.attention()) {
        IndicatorView v = a.view();
        t.addCell(cell(v.id(), style.bold(8)));
        t.addCell(cell(v.name(), style.font(8)));
        t.addCell(statusCell(v, 8));
        t.addCell(numberCell(v.resultToDate(), style.font(8)));
        t.addCell(
            a.unjustified()
                ? flag(7)
                : cell(
                    a.notes().size() == 1 ? "1 nota" : a.notes().size() + " notas", style.font(8)));
      }
      doc.add(t);
      doc.add(
          para(
              "Las notas que los justifican están en «"
                  + entryTitle(PacketModel.ATTENTION)
                  + "» (página "
                  + pageOf(PacketModel.ATTENTION)
                  + ").",
              style.font(8, Style.MUTED),
              2,
              0));
    }

    List<IndicatorView> incomplete =
        report.indicators().stream()
            .filter(
                v ->
                    v.status().code().equals(Status.PARTIAL.code())
                        || v.status().code().equals(Status.NO_DATA.code()))
            .toList();
    if (!incomplete.isEmpty()) {
      doc.add(subheading("Indicadores sin datos completos"));
      PdfPTable t = table(new float[] {8, 42, 16, 34});
      t.setHeaderRows(1);
      header(t, "Id", "Indicador", "Estado", "Motivo");
      for (IndicatorView v : incomplete) {
        t.addCell(cell(v.id(), style.bold(8)));
        t.addCell(cell(v.name(), style.font(8)));
        t.addCell(statusCell(v, 8));
        t.addCell(cell(v.reason() == null ? NONE : v.reason(), style.font(7.5f)));
      }
      doc.add(t);
    }
    doc.add(
        para("Umbrales del semáforo: " + report.thresholds(), style.font(8, Style.MUTED), 8, 0));
  }

  /** The page of {@code key} from the previous pass, or a blank of the same width. */
  private String pageOf(String key) {
    Integer page = knownPages.get(key);
    return page == null ? "  " : page.toString();
  }

  // ---------------------------------------------------------------- fichas

  private void fichas() {
    boolean first = true;
    for (ProgramSection p : report.programs()) {
      boolean firstOfProgram = true;
      for (IndicatorView v : p.indicators()) {
        doc.newPage();
        if (first) {
          heading(PacketModel.FICHAS, entryTitle(PacketModel.FICHAS), 0);
          first = false;
        }
        if (firstOfProgram) {
          heading(PacketModel.programKey(p.id()), entryTitle(PacketModel.programKey(p.id())), 1);
          firstOfProgram = false;
        }
        ficha(v);
      }
    }
  }

  private void ficha(IndicatorView v) {
    Indicator ind = plan.indicator(v.id()).orElseThrow();
    IndicatorResult r =
        evaluation.results().stream()
            .filter(x -> x.indicator().id().equals(v.id()))
            .findFirst()
            .orElseThrow();
    heading(PacketModel.fichaKey(v.id()), entryTitle(PacketModel.fichaKey(v.id())), 2);

    Paragraph status = new Paragraph("", style.font(8));
    status.add(StatusBadge.phrase(v.status(), v.overTarget(), style.fonts, 10));
    status.add(
        new Chunk(
            "     Cobertura del acumulado: " + v.coverage() + " · Unidad: " + v.unit(),
            style.font(8, Style.MUTED)));
    status.setSpacingAfter(6);
    doc.add(status);

    PdfPTable top = new PdfPTable(new float[] {52, 48});
    top.setWidthPercentage(100);
    top.setSpacingAfter(6);
    PdfPCell left = new PdfPCell();
    left.setBorder(Rectangle.NO_BORDER);
    left.setPadding(0);
    left.setPaddingRight(10);
    left.addElement(smallTitle("Cifras calculadas"));
    left.addElement(blocks.figures(report, v));
    PdfPTable more = table(new float[] {50, 50});
    figure(more, "Meta anual", v.target());
    figure(more, "Avance hacia la meta anual", v.progress());
    if (v.expectedProgress() != null) {
      figure(more, "Avance esperado según el calendario", v.expectedProgress());
    }
    left.addElement(more);
    left.addElement(para(v.baselineComparison(), style.font(7.5f, Style.MUTED), 3, 0));
    top.addCell(left);

    PdfPCell right = new PdfPCell();
    right.setBorder(Rectangle.NO_BORDER);
    right.setPadding(0);
    right.setPaddingLeft(10);
    right.addElement(smallTitle("Fórmula"));
    right.addElement(para(r.formula().text().strip(), style.font(8.5f), 0, 2));
    right.addElement(para("Periodo: " + v.workedPeriod(), style.font(8.5f), 0, 1));
    right.addElement(para("Acumulado: " + v.workedToDate(), style.font(8.5f), 0, 6));
    MonthSeries series = MonthSeries.of(ind, evaluation.data(), evaluation.period());
    right.addElement(smallTitle("Mes a mes, " + evaluation.period().year()));
    if (series.isEmpty()) {
      right.addElement(para("Sin datos que graficar.", style.font(8, Style.MUTED), 0, 0));
    } else {
      Image chart = FichaChart.draw(writer, style, series, 240, 112);
      chart.setAlignment(Image.ALIGN_LEFT);
      right.addElement(chart);
    }
    top.addCell(right);
    doc.add(top);

    if (v.reason() != null) {
      PdfPTable why = table(new float[] {100});
      PdfPCell c = new PdfPCell();
      Paragraph p = new Paragraph("", style.font(8));
      p.setLeading(11);
      p.add(new Chunk("Por qué falta alguna cifra: ", style.bold(8)));
      p.add(new Chunk(v.reason(), style.font(8)));
      c.addElement(p);
      c.setBackgroundColor(Style.NOTE);
      c.setBorder(Rectangle.NO_BORDER);
      c.setPadding(4);
      c.setPaddingTop(1);
      why.addCell(c);
      why.setSpacingAfter(6);
      doc.add(why);
    }

    doc.add(smallTitle("Ficha del plan (texto literal)"));
    PdfPTable text = table(new float[] {21, 79});
    IndicatorText t = ind.text();
    if (t.isEmpty()) {
      PdfPCell c =
          cell(
              "El plan no tiene un apartado con la ficha de esta acción; sólo aparece"
                  + " en el cronograma.",
              style.font(8, Style.MUTED));
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
    if (!ind.cronogramaRows().isEmpty()) {
      CronogramaRow row = plan.cronogramaRow(ind.cronogramaRows().get(0)).orElse(null);
      if (row != null) {
        plain(
            text,
            "Cronograma (fila " + row.row() + ")",
            "Frecuencia: "
                + row.frequency()
                + " Fechas de medición: "
                + row.dates()
                + ". Avance esperado: "
                + row.progress()
                + ". Sentido del avance: "
                + row.direction()
                + ".");
      }
    }
    doc.add(text);

    PdfPTable notes = table(new float[] {100});
    notes.setKeepTogether(true);
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0);
    c.addElement(smallTitle("Notas del periodo"));
    if (v.notes().isEmpty()) {
      c.addElement(
          para("Sin notas en las mediciones del periodo.", style.font(8, Style.MUTED), 0, 0));
    } else {
      for (NoteView n : v.notes()) {
        Paragraph p = new Paragraph("", style.font(8));
        p.setLeading(11);
        p.add(
            new Chunk(
                "• " + n.period() + (n.variable() == null ? "" : " (" + n.variable() + ")") + ": ",
                style.bold(8)));
        p.add(
            new Chunk(
                n.text() + (n.source() == null ? "" : " — Fuente: " + n.source()), style.font(8)));
        p.setSpacingAfter(1);
        c.addElement(p);
      }
    }
    notes.addCell(c);
    doc.add(notes);
  }

  private void figure(PdfPTable table, String label, String value) {
    PdfPCell l = cell(label, style.font(8, Style.MUTED));
    PdfPCell v = cell(value, style.bold(8.5f));
    v.setHorizontalAlignment(Element.ALIGN_RIGHT);
    for (PdfPCell c : new PdfPCell[] {l, v}) {
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColor(Style.RULE);
    }
    table.addCell(l);
    table.addCell(v);
  }

  private void plain(PdfPTable table, String label, String value) {
    PdfPCell l = cell(label, style.bold(7.5f, Style.MUTED));
    PdfPCell v = cell(value == null ? NONE + " (el plan no lo indica)" : value, style.font(7.5f));
    for (PdfPCell c : new PdfPCell[] {l, v}) {
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColor(Style.RULE);
      c.setPaddingTop(2);
      c.setPaddingBottom(3);
    }
    table.addCell(l);
    table.addCell(v);
  }

  // ---------------------------------------------------------------- yellow and red

  private void attention() {
    doc.newPage();
    heading(PacketModel.ATTENTION, entryTitle(PacketModel.ATTENTION), 0);
    Thresholds th = plan.thresholds();
    doc.add(
        para(
            "Indicadores cuyo resultado acumulado queda por debajo de "
                + EsMx.number(th.green())
                + " % (amarillo: de "
                + EsMx.number(th.yellow())
                + " % a menos de "
                + EsMx.number(th.green())
                + " %; rojo: menos de "
                + EsMx.number(th.yellow())
                + " %)."
                + " Su justificación son las notas registradas en las mediciones del acumulado (del "
                + report.toDateRange()
                + "), con el archivo y la línea de donde vienen; donde no hay"
                + " ninguna se señala «Sin justificación».",
            style.font(9),
            0,
            8));
    if (model.attention().isEmpty()) {
      doc.add(
          para(
              "Ningún indicador está en amarillo o en rojo al corte del periodo.",
              style.font(10),
              6,
              0));
      return;
    }
    for (PacketModel.Attention a : model.attention()) {
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
      title.add(new Chunk(v.id() + "  ", style.bold(9.5f)));
      title.add(new Chunk(v.name(), style.bold(9.5f)));
      PdfPCell name = cell(title);
      name.setColspan(2);
      name.setBorder(Rectangle.NO_BORDER);
      name.setPaddingLeft(8);
      block.addCell(name);
      Phrase figures = new Phrase();
      figures.add(StatusBadge.phrase(v.status(), v.overTarget(), style.fonts, 8));
      figures.add(
          new Chunk(
              "   Resultado acumulado: "
                  + v.resultToDate()
                  + " · meta acumulada: "
                  + v.targetToDate()
                  + " · realizado acumulado: "
                  + v.realizedToDate()
                  + (v.responsible() == null ? "" : " · Responsables: " + v.responsible()),
              style.font(7.5f, Style.MUTED)));
      PdfPCell figuresCell = cell(figures);
      figuresCell.setColspan(2);
      figuresCell.setBorder(Rectangle.NO_BORDER);
      figuresCell.setPaddingLeft(8);
      block.addCell(figuresCell);
      PdfPCell label = cell("Justificación", style.bold(8));
      label.setBorder(Rectangle.NO_BORDER);
      label.setPaddingLeft(8);
      block.addCell(label);
      PdfPCell c = new PdfPCell();
      c.setPadding(4);
      c.setPaddingTop(1);
      if (a.unjustified()) {
        c.setBorder(Rectangle.BOX);
        c.setBorderColor(Style.ALERT);
        c.setBorderWidth(1);
        Paragraph p = new Paragraph("", style.font(8));
        p.setLeading(12);
        p.add(new Chunk("Sin justificación", style.bold(9, Style.ALERT)));
        p.add(
            new Chunk(
                " — ninguna medición del "
                    + report.toDateRange()
                    + " trae una nota que explique el resultado; conviene pedirla al área responsable.",
                style.font(8, Style.ALERT)));
        c.addElement(p);
      } else {
        c.setBorder(Rectangle.NO_BORDER);
        for (Measurement m : a.notes()) {
          Paragraph p = new Paragraph("", style.font(8));
          p.setLeading(11);
          p.setSpacingAfter(2);
          p.add(
              new Chunk(
                  m.period().months().label()
                      + (m.variable().equals("realizadas") ? "" : " (" + m.variable() + ")")
                      + ": ",
                  style.bold(8)));
          p.add(new Chunk(m.note().strip(), style.font(8)));
          p.add(
              new Chunk(
                  "  [" + m.file() + ", línea " + m.line() + "]", style.font(7, Style.MUTED)));
          c.addElement(p);
        }
      }
      block.addCell(c);
      doc.add(block);
    }
  }

  // ---------------------------------------------------------------- annexes

  private void annexData() {
    doc.newPage();
    heading(PacketModel.ANNEX_DATA, entryTitle(PacketModel.ANNEX_DATA), 0);
    List<Measurement> rows = evaluation.data().measurements();
    List<SourceFile> files = evaluation.data().files();
    doc.add(
        para(
            "Las "
                + rows.size()
                + " filas válidas de "
                + files.size()
                + (files.size() == 1 ? " archivo" : " archivos")
                + ", tal como se recibieron, archivo por archivo y en el orden de sus líneas («Línea» es"
                + " la línea del archivo donde empieza la fila). Los valores se copian como se"
                + " escribieron.",
            style.font(8.5f),
            0,
            6));
    PdfPTable t = table(new float[] {6, 9, 9, 11, 8, 40, 17});
    t.setHeaderRows(1);
    t.setSplitLate(false);
    Font f = style.font(7);
    header(t, 7, "Línea", "Indicador", "Periodo", "Variable", "Valor", "Nota", "Fuente");
    for (SourceFile file : files) {
      List<Measurement> own = rows.stream().filter(m -> m.file().equals(file.name())).toList();
      PdfPCell name =
          cell(
              file.name()
                  + " — "
                  + (own.size() == 1 ? "1 fila válida" : own.size() + " filas válidas"),
              style.bold(7.5f));
      name.setColspan(7);
      name.setBackgroundColor(Style.SHADE);
      t.addCell(name);
      for (Measurement m : own) {
        t.addCell(tightNumber(Integer.toString(m.line()), f));
        t.addCell(tight(m.indicator(), f));
        t.addCell(tight(m.period().code(), f));
        t.addCell(tight(m.variable(), f));
        t.addCell(tightNumber(m.value().toPlainString(), f));
        t.addCell(tight(m.note() == null ? "" : m.note(), f));
        t.addCell(tight(m.source() == null ? "" : m.source(), f));
      }
    }
    if (rows.isEmpty()) {
      PdfPCell c = cell("Sin mediciones.", style.font(8, Style.MUTED));
      c.setColspan(7);
      t.addCell(c);
    }
    doc.add(t);
  }

  private void annexValidation() {
    doc.newPage();
    heading(PacketModel.ANNEX_VALIDATION, entryTitle(PacketModel.ANNEX_VALIDATION), 0);
    ValidationResult v = model.validation();
    doc.add(
        para(
            "Las mediciones se revisaron contra el plan antes de evaluarlas (lo mismo que"
                + " hace «mpi validate»). Con errores la carpeta no se genera; las advertencias se"
                + " listan aquí.",
            style.font(9),
            0,
            6));
    doc.add(subheading("Archivos revisados"));
    PdfPTable files = table(new float[] {52, 18, 14, 16});
    files.setHeaderRows(1);
    header(files, "Archivo", "Codificación", "Separador", "Filas");
    for (SourceFile f : evaluation.data().files()) {
      files.addCell(cell(f.name(), style.font(8)));
      files.addCell(cell(f.encoding(), style.font(8)));
      files.addCell(
          cell(
              f.delimiter() == ';'
                  ? "punto y coma"
                  : f.delimiter() == ',' ? "coma" : String.valueOf(f.delimiter()),
              style.font(8)));
      files.addCell(numberCell(Integer.toString(f.rows()), style.font(8)));
    }
    doc.add(files);
    long warnings = v.warnings() + v.suppressed();
    doc.add(subheading("Resultado"));
    doc.add(para("Errores: 0. Advertencias: " + warnings + ".", style.bold(9), 0, 4));
    if (v.problems().isEmpty()) {
      doc.add(
          para(
              "Sin observaciones: todas las filas cumplen las reglas de validación.",
              style.font(9),
              0,
              0));
      return;
    }
    PdfPTable t = table(new float[] {30, 18, 52});
    t.setHeaderRows(1);
    header(t, "Ubicación", "Código", "Mensaje");
    for (Problem p : v.problems()) {
      String where =
          p.file()
              + (p.line() > 0 ? ":" + p.line() : "")
              + (p.column() > 0 ? ":" + p.column() : "");
      t.addCell(cell(where, style.font(7.5f)));
      t.addCell(cell(p.code(), style.font(7.5f)));
      t.addCell(cell(p.message(), style.font(7.5f)));
    }
    doc.add(t);
    if (v.suppressed() > 0) {
      doc.add(
          para(
              "Y "
                  + v.suppressed()
                  + " advertencias más que no se listan; vea «mpi validate»"
                  + " para el detalle.",
              style.font(8, Style.MUTED),
              3,
              0));
    }
  }

  private void annexMethod() {
    doc.newPage();
    heading(PacketModel.ANNEX_METHOD, entryTitle(PacketModel.ANNEX_METHOD), 0);
    Thresholds th = plan.thresholds();
    doc.add(subheading("Umbrales del semáforo (del plan)"));
    PdfPTable t = table(new float[] {25, 75});
    t.setWidthPercentage(80);
    t.setHorizontalAlignment(Element.ALIGN_LEFT);
    t.addCell(badge(Status.GREEN.word(), Status.GREEN.color(), 8));
    t.addCell(
        cell("resultado acumulado de " + EsMx.number(th.green()) + " % o más", style.font(8.5f)));
    t.addCell(badge(Status.YELLOW.word(), Status.YELLOW.color(), 8));
    t.addCell(
        cell(
            "de " + EsMx.number(th.yellow()) + " % a menos de " + EsMx.number(th.green()) + " %",
            style.font(8.5f)));
    t.addCell(badge(Status.RED.word(), Status.RED.color(), 8));
    t.addCell(cell("menos de " + EsMx.number(th.yellow()) + " %", style.font(8.5f)));
    t.addCell(badge("Sobrecumplimiento", "#0F766E", 8));
    t.addCell(
        cell(
            "resultado acumulado mayor que "
                + EsMx.number(th.overTarget())
                + " %; se muestra junto al color, no es una falta",
            style.font(8.5f)));
    doc.add(t);

    doc.add(subheading("Estado de cada indicador"));
    doc.add(
        para(
            "Se juzga sobre el acumulado del año (enero al final del periodo); se aplica"
                + " la primera fila que corresponda:",
            style.font(8.5f),
            0,
            4));
    PdfPTable s = table(new float[] {25, 75});
    s.setHeaderRows(1);
    header(s, "Estado", "Cuándo");
    statusRow(s, Status.NO_TARGET, "el plan no da una meta numérica");
    statusRow(s, Status.NO_DATA, "no hay datos en el acumulado del año");
    statusRow(s, Status.PARTIAL, "los datos cubren sólo algunos meses del acumulado");
    statusRow(s, Status.NOT_DUE, "la meta acumulada al periodo es 0 (aún no se programa nada)");
    statusRow(s, Status.GREEN, "resultado acumulado de " + EsMx.number(th.green()) + " % o más");
    statusRow(
        s,
        Status.YELLOW,
        "resultado acumulado de "
            + EsMx.number(th.yellow())
            + " % a menos de "
            + EsMx.number(th.green())
            + " %");
    statusRow(s, Status.RED, "resultado acumulado menor que " + EsMx.number(th.yellow()) + " %");
    doc.add(s);

    doc.add(subheading("Cómo se calculan las cifras"));
    String[] steps = {
      "Ventanas. La ventana del periodo son sus meses ("
          + report.periodRange()
          + "); la del"
          + " acumulado va de enero al final del periodo ("
          + report.toDateRange()
          + ").",
      "Metas programadas. El calendario del plan da el porcentaje acumulado de la meta anual"
          + " esperado al cierre de cada trimestre (F). Meta acumulada = meta anual × F(fin del"
          + " periodo) / 100; meta del periodo = meta anual × (F(fin del periodo) − F(mes"
          + " anterior al periodo)) / 100. Una meta en % (por ejemplo, «100 % de los casos») no"
          + " se reparte: vale igual en cada ventana.",
      "Realizado. Suma de las filas cuyo periodo cae dentro de la ventana (o el último valor,"
          + " para las existencias). Una fila que falta es «sin datos», nunca cero; una ventana"
          + " cubierta sólo en parte se muestra como parcial y no se evalúa.",
      "Resultado. La fórmula del indicador con las cifras de la ventana; para la fórmula"
          + " habitual, realizadas / programadas × 100, es el porcentaje de cumplimiento. En"
          + " un indicador descendente se invierte: programadas / realizadas × 100. Sin ventana"
          + " completa, con una división entre cero o sin algún dato, no hay resultado y se"
          + " dice por qué.",
      "Avance hacia la meta anual = realizado acumulado / meta anual × 100.",
      "Línea base. Las mismas ventanas del año anterior cuando hay datos completos; para el"
          + " año completo, la cifra de línea base del plan si la da.",
      "Redondeo. Los porcentajes se redondean a un decimal (mitad hacia arriba) antes de"
          + " clasificarlos; la cifra redondeada es la que se imprime."
    };
    for (String step : steps) {
      doc.add(para("• " + step, style.font(8.5f), 0, 3));
    }
  }

  private void statusRow(PdfPTable t, Status status, String when) {
    t.addCell(badge(status.word(), status.color(), 8));
    t.addCell(cell(when, style.font(8.5f)));
  }

  private void annexProvenance() {
    doc.newPage();
    heading(PacketModel.ANNEX_PROVENANCE, entryTitle(PacketModel.ANNEX_PROVENANCE), 0);
    doc.add(
        para(
            "Con qué se hizo esta carpeta. La misma versión de mpi, con el mismo plan, los"
                + " mismos archivos de mediciones, el mismo periodo y la misma fecha, produce un PDF"
                + " idéntico byte por byte.",
            style.font(9),
            0,
            6));
    PdfPTable t = table(new float[] {28, 72});
    provenance(t, "Herramienta", "mpi " + model.options().toolVersion());
    provenance(t, "Plan", plan.id() + " — " + plan.title());
    provenance(t, "Archivo del plan", plan.source().name());
    provenance(t, "SHA-256 del plan", plan.source().sha256());
    provenance(t, "Periodo", report.periodCode() + " · " + report.periodLabel());
    provenance(
        t, "Sesión", model.options().session() == null ? "no indicada" : model.options().session());
    provenance(t, "Fecha", report.issueDate() == null ? "no indicada" : report.issueDate());
    doc.add(t);

    doc.add(subheading("Archivos de mediciones"));
    PdfPTable files = table(new float[] {30, 62, 8});
    files.setHeaderRows(1);
    header(files, "Archivo", "SHA-256", "Filas");
    for (SourceFile f : evaluation.data().files()) {
      files.addCell(cell(f.name(), style.font(7.5f)));
      files.addCell(cell(f.sha256(), style.font(6.8f)));
      files.addCell(numberCell(Integer.toString(f.rows()), style.font(7.5f)));
    }
    doc.add(files);

    doc.add(subheading("Cómo verificar"));
    doc.add(
        para(
            "Calcule la huella de cada archivo y compárela con la de esta tabla; si"
                + " coinciden, la carpeta se hizo exactamente con esos archivos:",
            style.font(8.5f),
            0,
            3));
    StringBuilder command = new StringBuilder("sha256sum");
    for (SourceFile f : evaluation.data().files()) {
      command.append(' ').append(f.name());
    }
    doc.add(para(command.toString(), style.bold(8.5f), 0, 3));
    boolean embedded = plan.source().name().equals(PlanReader.EMBEDDED_NAME);
    doc.add(
        para(
            "En Windows (PowerShell): Get-FileHash -Algorithm SHA256 ARCHIVO. "
                + (embedded
                    ? "El plan integrado en mpi es el archivo plan-2025.yaml del repositorio,"
                        + " con la misma huella (sha256sum plan-2025.yaml)."
                    : "La huella del plan se verifica igual: sha256sum "
                        + plan.source().name()
                        + "."),
            style.font(8.5f),
            0,
            0));
  }

  private void provenance(PdfPTable t, String label, String value) {
    PdfPCell l = cell(label, style.bold(8, Style.MUTED));
    PdfPCell v = cell(value, style.font(label.startsWith("SHA") ? 7.5f : 8.5f));
    for (PdfPCell c : new PdfPCell[] {l, v}) {
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColor(Style.RULE);
    }
    t.addCell(l);
    t.addCell(v);
  }

  // ---------------------------------------------------------------- building blocks

  private String entryTitle(String key) {
    return model.entry(key).title();
  }

  /** A section heading, tagged so that its page is recorded and its bookmark added. */
  private void heading(String key, String text, int level) {
    Font font =
        switch (level) {
          case 0 -> style.bold(16, Style.ACCENT);
          case 1 -> style.bold(10, Style.MUTED);
          default -> style.bold(12.5f);
        };
    Paragraph p = new Paragraph(Sections.marker(key, text, font));
    p.setLeading(font.getSize() * 1.3f);
    p.setSpacingBefore(level == 2 ? 4 : 0);
    p.setSpacingAfter(level == 0 ? 10 : level == 1 ? 2 : 4);
    p.setKeepTogether(true);
    doc.add(p);
    if (level == 0) {
      doc.add(rule(Style.ACCENT, 1, 8));
    }
  }

  private Paragraph subheading(String text) {
    Paragraph p = new Paragraph(text, style.bold(10.5f, Style.ACCENT));
    p.setSpacingBefore(10);
    p.setSpacingAfter(4);
    return p;
  }

  private Paragraph smallTitle(String text) {
    Paragraph p = new Paragraph(text, style.bold(8.5f, Style.ACCENT));
    p.setSpacingBefore(2);
    p.setSpacingAfter(3);
    return p;
  }

  private static Paragraph para(String text, Font font, float before, float after) {
    Paragraph p = new Paragraph(text, font);
    p.setLeading(font.getSize() * 1.3f);
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    return p;
  }

  private PdfPTable rule(Color color, float width, float after) {
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.setSpacingAfter(after);
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(color);
    c.setBorderWidth(width);
    c.setFixedHeight(2);
    t.addCell(c);
    return t;
  }

  private static PdfPTable table(float[] widths) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingAfter(4);
    return t;
  }

  private PdfPCell cell(String text, Font font) {
    return cell(new Phrase(text, font));
  }

  private PdfPCell cell(Phrase phrase) {
    PdfPCell c = new PdfPCell(phrase);
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderColor(Style.RULE);
    c.setBorderWidth(0.5f);
    c.setLeading(0, 1.25f);
    c.setPaddingTop(2);
    c.setPaddingBottom(4);
    c.setPaddingLeft(3);
    c.setPaddingRight(3);
    return c;
  }

  private PdfPCell statusCell(IndicatorView v, float size) {
    PdfPCell c = cell(StatusBadge.phrase(v.status(), v.overTarget(), style.fonts, size));
    c.setVerticalAlignment(Element.ALIGN_TOP);
    return c;
  }

  private PdfPCell numberCell(String text, Font font) {
    PdfPCell c = cell(text, font);
    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return c;
  }

  private PdfPCell tight(String text, Font font) {
    PdfPCell c = cell(text, font);
    c.setPaddingTop(1);
    c.setPaddingBottom(2);
    c.setPaddingLeft(2);
    c.setPaddingRight(2);
    return c;
  }

  private PdfPCell tightNumber(String text, Font font) {
    PdfPCell c = tight(text, font);
    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return c;
  }

  private PdfPCell headerCell(String text, float size) {
    PdfPCell c = cell(text, style.bold(size));
    c.setBackgroundColor(Style.SHADE);
    c.setBorder(Rectangle.NO_BORDER);
    return c;
  }

  private void header(PdfPTable t, String... titles) {
    header(t, 8, titles);
  }

  private void header(PdfPTable t, float size, String... titles) {
    for (String title : titles) {
      t.addCell(headerCell(title, size));
    }
  }

  /** The status word on its colour; the word is always there, so colour is never alone. */
  private PdfPCell badge(String word, String hex, float size) {
    PdfPCell c = new PdfPCell(new Phrase(word, style.bold(size, Color.WHITE)));
    c.setBackgroundColor(Style.color(hex));
    c.setBorder(Rectangle.BOX);
    c.setBorderColor(Color.WHITE);
    c.setBorderWidth(1.5f);
    c.setHorizontalAlignment(Element.ALIGN_CENTER);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setPaddingTop(2);
    c.setPaddingBottom(4);
    return c;
  }

  /** The red «Sin justificación» flag. */
  private PdfPCell flag(float size) {
    return badge("Sin justificación", "#B91C1C", size);
  }
}
