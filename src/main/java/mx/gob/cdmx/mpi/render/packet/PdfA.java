package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mx.gob.cdmx.mpi.render.pdf.PdfMetadata;

/**
 * PDF/A-1b plumbing for OpenPDF: PDF 1.4, OpenPDF's conformance checks (every font embedded, no
 * transparency), an XMP packet that says the same as the document information dictionary written by
 * {@link mx.gob.cdmx.mpi.render.pdf.DeterministicPdf} (same title, author, subject, keywords,
 * creator, producer and fixed dates), and the sRGB output intent.
 */
final class PdfA {

  /** The creator {@code DeterministicPdf} writes into the information dictionary. */
  static final String CREATOR = "mpi";

  private static final DateTimeFormatter W3C =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

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
    String date = W3C.format(meta.date().atStartOfDay(ZoneOffset.UTC));
    String xml =
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
            + "<dc:format>application/pdf</dc:format>\n"
            + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
            + esc(meta.title())
            + "</rdf:li></rdf:Alt></dc:title>\n"
            + "<dc:creator><rdf:Seq><rdf:li>"
            + esc(meta.author())
            + "</rdf:li></rdf:Seq></dc:creator>\n"
            + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
            + esc(meta.subject())
            + "</rdf:li></rdf:Alt></dc:description>\n"
            + "</rdf:Description>\n"
            + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
            + "<xmp:CreateDate>"
            + date
            + "</xmp:CreateDate>\n"
            + "<xmp:ModifyDate>"
            + date
            + "</xmp:ModifyDate>\n"
            + "<xmp:MetadataDate>"
            + date
            + "</xmp:MetadataDate>\n"
            + "<xmp:CreatorTool>"
            + CREATOR
            + "</xmp:CreatorTool>\n"
            + "</rdf:Description>\n"
            + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
            + "<pdf:Producer>"
            + esc(Document.getVersion())
            + "</pdf:Producer>\n"
            + "<pdf:Keywords>"
            + esc(meta.keywords())
            + "</pdf:Keywords>\n"
            + "</rdf:Description>\n"
            + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
            + "<pdfaid:part>1</pdfaid:part>\n"
            + "<pdfaid:conformance>B</pdfaid:conformance>\n"
            + "</rdf:Description>\n"
            + "</rdf:RDF>\n"
            + "</x:xmpmeta>\n"
            + "<?xpacket end=\"w\"?>";
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
