package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import mx.gob.cdmx.mpi.render.pdf.Charts;
import mx.gob.cdmx.mpi.render.pdf.ExecutiveBlock;
import mx.gob.cdmx.mpi.render.pdf.PdfBlocks;
import mx.gob.cdmx.mpi.render.pdf.StatusBadge;
import mx.gob.cdmx.mpi.render.pdf.TypeScale;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.ReportModel;

/** The executive summary: counts by status, by program, and the indicators to look at. */
final class SummaryPages {

  private final Layout out;
  private final Style style;
  private final PacketModel model;
  private final ReportModel report;
  private final PdfBlocks blocks;

  SummaryPages(Layout out) {
    this.out = out;
    this.style = out.style();
    this.model = out.model();
    this.report = out.model().report();
    this.blocks = out.blocks();
  }

  /** A table shorter than this share of the page is never split across two. */
  private static final float PAGE_SHARE_KEPT = 0.6f;

  void write() {
    out.newPage();
    out.heading(PacketModel.SUMMARY, out.entryTitle(PacketModel.SUMMARY), 0);
    out.add(
        out.para(
            "Situación de los "
                + report.indicatorCount()
                + " indicadores del "
                + report.planTitle()
                + " con datos al "
                + report.dataThrough()
                + ". Periodo del informe: "
                + report.periodLabel()
                + ", del "
                + report.periodRange()
                + ". El semáforo se juzga"
                + " sobre el acumulado del año, del "
                + report.toDateRange()
                + ".",
            style.font(TypeScale.BODY),
            0,
            6));
    for (Element e :
        new ExecutiveBlock(style.fonts, mx.gob.cdmx.mpi.render.pdf.TypeScale.BODY)
            .elements(report.executive())) {
      out.add(e);
    }
    byStatus();
    // the thresholds beside the counts they explain (at the end they could spill alone onto a page)
    out.add(
        out.para(
            "Umbrales del semáforo: " + report.thresholds(),
            style.font(TypeScale.TABLE, Style.MUTED),
            2,
            0));
    // what needs a decision before the breakdown by programme
    attention();
    PdfPTable byProgram = blocks.programSummary(report.programSummaries(), report.legend());
    // the table moves whole with its subheading (about 30 pt) when it would run onto a new page
    // with a couple of rows; a table taller than a page still starts where it is
    float height = out.heightOf(byProgram);
    if (height < PAGE_SHARE_KEPT * out.doc().getPageSize().getHeight()) {
      out.keepRoomFor(height + 30);
    }
    out.add(out.subheading("Por programa"));
    out.add(byProgram);
    incomplete();
  }

  /** The status counts as a table beside their bar chart. */
  private void byStatus() {
    out.add(out.subheading("Indicadores por estado"));
    PdfPTable side = out.table(new float[] {50, 50});
    PdfPCell left = new PdfPCell(blocks.statusSummary(report.summary(), report.indicatorCount()));
    left.setBorder(Rectangle.NO_BORDER);
    left.setPadding(0);
    left.setPaddingRight(12);
    side.addCell(left);
    float chartWidth = (out.doc().right() - out.doc().left()) * 0.5f - 4;
    Image chart =
        Charts.image(
            out.writer(),
            Charts.statusCounts(report.summary(), style.fonts),
            chartWidth,
            140,
            style.fonts);
    PdfPCell right = new PdfPCell(chart, false);
    right.setBorder(Rectangle.NO_BORDER);
    right.setPadding(0);
    right.setVerticalAlignment(Element.ALIGN_MIDDLE);
    side.addCell(right);
    out.add(side);
  }

  /** The yellow and red indicators, with whether a note justifies them. */
  private void attention() {
    if (model.attention().isEmpty()) {
      out.add(out.subheading("Indicadores que requieren atención"));
      out.add(
          out.para(
              "Ningún indicador está en amarillo o en rojo al corte del periodo.",
              style.font(TypeScale.BODY),
              0,
              4));
    } else {
      PdfPTable t = out.table(new float[] {8, 38, 14, 14, 26});
      // the subheading is the table's first row, so it goes wherever the table goes
      PdfPCell title = new PdfPCell();
      title.addElement(out.subheading("Indicadores que requieren atención"));
      title.setColspan(5);
      title.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
      title.setPadding(0);
      t.addCell(title);
      out.header(t, "Id", "Indicador", "Estado", "Resultado acumulado", "Acción correctiva");
      t.setHeaderRows(2);
      for (PacketModel.Attention a : model.attention()) {
        IndicatorView v = a.view();
        t.addCell(out.cell(v.id(), style.bold(TypeScale.TABLE)));
        t.addCell(out.cell(v.name(), style.font(TypeScale.TABLE)));
        t.addCell(statusCell(v, TypeScale.TABLE));
        t.addCell(out.numberCell(v.toDate().result(), style.font(TypeScale.TABLE)));
        t.addCell(
            a.noAction()
                ? flag(TypeScale.TABLE)
                : out.cell(
                    a.alert().commitment() == null
                        ? "Registrada, sin fecha de compromiso"
                        : "Comprometida para el " + a.alert().commitment(),
                    style.font(TypeScale.TABLE)));
      }
      // the pointer to the notes is the table's last row, so it never goes to a page alone
      PdfPCell where =
          out.cell(
              "El motivo, la acción correctiva y las notas de cada uno están en «"
                  + out.entryTitle(PacketModel.ATTENTION)
                  + "» (página "
                  + pageOf(PacketModel.ATTENTION)
                  + ").",
              style.font(TypeScale.TABLE, Style.MUTED));
      where.setColspan(5);
      where.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
      t.addCell(where);
      t.setKeepTogether(true);
      out.add(t);
    }
  }

  /** The indicators with partial or no data, with the reason. */
  private void incomplete() {
    List<IndicatorView> incomplete = model.incomplete();
    if (!incomplete.isEmpty()) {
      out.add(out.subheading("Indicadores sin datos completos"));
      PdfPTable t = out.table(new float[] {8, 42, 16, 34});
      t.setHeaderRows(1);
      out.header(t, "Id", "Indicador", "Estado", "Motivo");
      for (IndicatorView v : incomplete) {
        t.addCell(out.cell(v.id(), style.bold(TypeScale.TABLE)));
        t.addCell(out.cell(v.name(), style.font(TypeScale.TABLE)));
        t.addCell(statusCell(v, TypeScale.TABLE));
        t.addCell(
            out.cell(v.reason() == null ? Layout.NONE : v.reason(), style.font(TypeScale.TABLE)));
      }
      out.add(t);
    }
  }

  /** The page of {@code key} from the previous pass, or a blank of the same width. */
  private String pageOf(String key) {
    Integer page = out.knownPage(key);
    return page == null ? "  " : page.toString();
  }

  private PdfPCell statusCell(IndicatorView v, float size) {
    PdfPCell c = out.cell(StatusBadge.phrase(v.status(), v.overTarget(), style.fonts, size));
    c.setVerticalAlignment(Element.ALIGN_TOP);
    return c;
  }

  /** The red «Sin acción correctiva» flag. */
  private PdfPCell flag(float size) {
    return out.badge("Sin acción correctiva", "#B91C1C", size);
  }
}
