package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import mx.gob.cdmx.mpi.render.pdf.PdfMetadata;
import mx.gob.cdmx.mpi.render.pdf.Xmp;

/**
 * PDF/A-1b plumbing for OpenPDF: PDF 1.4, OpenPDF's conformance checks (every font embedded, no
 * transparency), an XMP packet that says the same as the document information dictionary written by
 * {@link mx.gob.cdmx.mpi.render.pdf.DeterministicPdf} (same title, author, subject, keywords,
 * creator, producer and fixed dates), and the sRGB output intent.
 */
final class PdfA {

  private PdfA() {}

  /** Prepares {@code writer} for PDF/A-1b; call before the document is opened. */
  static void beforeOpen(PdfWriter writer, PdfMetadata meta) {
    writer.setPdfVersion(PdfWriter.VERSION_1_4);
    writer.setPDFXConformance(PdfWriter.PDFA1B);
    writer.setXmpMetadata(xmp(meta));
  }

  /** Adds the sRGB output intent; call right after the document is opened. */
  static void afterOpen(PdfWriter writer) {
    try {
      writer.setOutputIntents(
          "sRGB IEC61966-2.1",
          "",
          "http://www.color.org",
          "sRGB IEC61966-2.1",
          ICC_Profile.getInstance(ColorSpace.CS_sRGB));
    } catch (IOException e) {
      throw new IllegalStateException("cannot embed the sRGB colour profile", e);
    }
  }

  /** The XMP packet of {@code meta}, with the PDF/A-1b identification. */
  static byte[] xmp(PdfMetadata meta) {
    return Xmp.of(meta, "B");
  }
}
