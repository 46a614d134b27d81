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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.ProgramSection;
import mx.gob.cdmx.mpi.render.report.ReportModel;

/**
 * A report as a PDF (US Letter): a first page with the summary, a page with the progress chart and
 * the indicators that need attention, then one section per programme with its overview table and
 * one block per indicator. Same model and date, same bytes.
 */
public final class PdfReport {

  private static final float MARGIN = 50;

  private PdfReport() {}

  /** The rendered PDF and its number of pages. */
  public record Rendered(byte[] bytes, int pages) {}

  /**
   * The PDF of {@code model}; {@code documentDate} becomes the file's creation and modification
   * date (the issue date when given, else the period's end date).
   */
  public static Rendered render(ReportModel model, LocalDate documentDate) {
    PdfFonts fonts = PdfFonts.load();
    PdfBlocks blocks = new PdfBlocks(fonts);
    String footer =
        "Datos al "
            + model.cutoffDate()
            + (model.issueDate() == null ? "" : " · Emitido el " + model.issueDate());
    PageDecorator pages =
        new PageDecorator(
            fonts,
            model.shortName() + " · " + model.title(),
            "Plan " + model.planId(),
            footer,
            false);
    PdfMetadata meta =
        new PdfMetadata(
            model.title(),
            model.subtitle(),
            model.institution(),
            model.shortName() + ", " + model.periodCode(),
            documentDate);
    DeterministicPdf pdf =
        DeterministicPdf.open(
            PageSize.LETTER, MARGIN, MARGIN, MARGIN + 12, MARGIN + 10, meta, pages);
    Document doc = pdf.document();
    // never let later text jump ahead of a chart that moves to the next page
    pdf.writer().setStrictImageSequence(true);
    try {
      firstPage(doc, pdf, model, blocks);
      doc.newPage();
      attentionPage(doc, model, blocks);
      doc.newPage();
      progressPage(doc, pdf, model, blocks);
      for (ProgramSection section : model.programs()) {
        doc.newPage();
        doc.add(blocks.heading(section.id() + ". " + section.name(), 1));
        int n = section.indicators().size();
        doc.add(
            blocks.caption(
                (n == 1 ? "1 indicador" : n + " indicadores")
                    + ". Cifras acumuladas del "
                    + model.toDateRange()
                    + "."));
        doc.add(blocks.programOverview(section));
        for (IndicatorView v : section.indicators()) {
          doc.add(blocks.indicator(model, v));
        }
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot lay out the report", e);
    }
    byte[] bytes = pdf.finish();
    return new Rendered(bytes, pages.pages());
  }

  private static void firstPage(
      Document doc, DeterministicPdf pdf, ReportModel model, PdfBlocks blocks)
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
    PdfPTable info = blocks.keyValues(facts, 24);
    info.setSpacingBefore(8);
    info.setSpacingAfter(4);
    doc.add(info);

    doc.add(blocks.heading("Resumen", 1));
    doc.add(
        blocks.caption(
            "Estado de los "
                + model.indicatorCount()
                + " indicadores, juzgado sobre el acumulado al "
                + model.cutoffDate()
                + "."));
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
    doc.add(side);
  }

  private static void attentionPage(Document doc, ReportModel model, PdfBlocks blocks)
      throws DocumentException {
    doc.add(blocks.heading("Indicadores por programa y estado", 1));
    doc.add(blocks.programSummary(model.programSummaries(), model.legend()));
    doc.add(blocks.heading("Requieren atención", 1));
    if (model.attention().isEmpty()) {
      doc.add(
          blocks.paragraph(
              "Ningún indicador está en rojo o amarillo, ni tiene datos"
                  + " parciales o faltantes."));
    } else {
      doc.add(
          blocks.caption(
              "Indicadores en rojo o amarillo, y los que tienen meta pero datos"
                  + " parciales o ninguno, con la nota registrada en el periodo (su justificación) o el"
                  + " motivo de la cifra faltante."));
      doc.add(blocks.attention(model.attention()));
    }
  }

  private static void progressPage(
      Document doc, DeterministicPdf pdf, ReportModel model, PdfBlocks blocks)
      throws DocumentException {
    doc.add(blocks.heading("Avance hacia la meta anual", 1));
    doc.add(
        blocks.paragraph(
            "Cada barra es el avance acumulado hacia la meta anual (realizado"
                + " entre meta anual) al "
                + model.cutoffDate()
                + ", con el color y la trama de su estado (verde lisa, amarillo rayada, rojo"
                + " cuadriculada), cuyo símbolo y nombre se escriben junto al indicador. La marca negra es lo que el calendario del plan espera"
                + " a esa fecha; la línea punteada, la meta anual (100 %). Sólo aparecen los indicadores con"
                + " meta numérica calendarizada; los demás se explican en su programa."));
    List<IndicatorView> rows = model.charted();
    float width = doc.right() - doc.left();
    Image chart =
        Charts.image(
            pdf.writer(),
            Charts.progress(rows, blocks.fonts(), width),
            width,
            Charts.progressHeight(rows, blocks.fonts(), width),
            blocks.fonts());
    chart.setSpacingBefore(6);
    chart.setSpacingAfter(6);
    doc.add(chart);
  }
}
