package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.time.LocalDate;
import java.util.Map;
import mx.gob.cdmx.mpi.render.pdf.Bookmarks;
import mx.gob.cdmx.mpi.render.pdf.DeterministicPdf;
import mx.gob.cdmx.mpi.render.pdf.PageDecorator;
import mx.gob.cdmx.mpi.render.pdf.PdfBlocks;
import mx.gob.cdmx.mpi.render.pdf.PdfMetadata;
import mx.gob.cdmx.mpi.render.report.ReportModel;

/**
 * One pass of writing the packet. The first pass knows no page numbers and prints none in the table
 * of contents; it records where each entry starts. The second pass prints those numbers: the
 * contents take the same room in both passes, so nothing moves.
 */
final class PacketDocument {

  /** What one pass wrote: the bytes, the page of each entry (by key) and the page count. */
  static final class Pass {
    private final byte[] pdf;
    private final Map<String, Integer> pages;
    private final int pageCount;

    Pass(byte[] pdf, Map<String, Integer> pages, int pageCount) {
      this.pdf = pdf;
      this.pages = pages;
      this.pageCount = pageCount;
    }

    byte[] pdf() {
      return pdf;
    }

    Map<String, Integer> pages() {
      return pages;
    }

    int pageCount() {
      return pageCount;
    }
  }

  private static final float MARGIN_X = 54;
  private static final float MARGIN_TOP = 66;
  private static final float MARGIN_BOTTOM = 58;

  private PacketDocument() {}

  /**
   * Writes the packet once; {@code knownPages} come from the previous pass (empty on the first).
   */
  static Pass write(PacketModel model, Map<String, Integer> knownPages) {
    ReportModel report = model.report();
    // The first pass only learns the pages (knownPages is empty): its charts are not drawn and its
    // bytes are not kept.
    boolean draft = knownPages.isEmpty();
    Style style = new Style(draft);
    PdfBlocks blocks = new PdfBlocks(style.fonts);
    PdfMetadata metadata = metadata(model);
    // the report's bookmark listener, on the packet's table of contents
    Bookmarks sections =
        new Bookmarks(
            model.toc().stream()
                .map(e -> new Bookmarks.Entry(e.key(), e.title(), e.parent(), true))
                .toList());
    String session = model.options().session();
    PageDecorator decorator =
        new PageDecorator(
            style.fonts,
            report.shortName() + " · Junta de Gobierno" + (session == null ? "" : " · " + session),
            "Carpeta " + report.periodCode(),
            (report.preliminary() ? "PRELIMINAR · " : "")
                + "Datos al "
                + report.dataThrough()
                + " · mpi "
                + model.options().toolVersion(),
            false);
    DeterministicPdf pdf =
        DeterministicPdf.create(
            draft,
            PageSize.LETTER,
            MARGIN_X,
            MARGIN_X,
            MARGIN_TOP,
            MARGIN_BOTTOM,
            metadata,
            sections,
            decorator);
    PdfWriter writer = pdf.writer();
    Continuation continuation =
        new Continuation(style, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
    writer.setPageEvent(continuation);
    PdfA.beforeOpen(writer, metadata);
    pdf.openDocument();
    PdfA.afterOpen(writer);
    Layout out = new Layout(model, knownPages, style, blocks, pdf.document(), writer, continuation);
    new CoverPage(out).write();
    new ContentsPages(out).write();
    new SummaryPages(out).write();
    new FichaPages(out).write();
    new AttentionPages(out).write();
    new PendingPages(out).write();
    AnnexPages annexes = new AnnexPages(out);
    annexes.data();
    annexes.validation();
    annexes.method();
    annexes.provenance();
    new CriteriaPages(out).write();
    byte[] bytes = pdf.finish();
    return new Pass(bytes, sections.pages(), decorator.pages());
  }

  private static PdfMetadata metadata(PacketModel model) {
    ReportModel report = model.report();
    String session = model.options().session();
    String title =
        "Carpeta de la Junta de Gobierno — "
            + report.periodLabel()
            + (report.preliminary() ? " (PRELIMINAR)" : "")
            + (session == null ? "" : " — " + session);
    LocalDate date = model.documentDay();
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
}
