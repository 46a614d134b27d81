package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import mx.gob.cdmx.mpi.io.Hashing;

/**
 * PDF/A-1b plumbing for OpenPDF: conformance level, document information and the matching XMP
 * packet, the sRGB output intent, and a file identifier derived from the content, so that the same
 * inputs give the same bytes.
 */
final class PdfA {

  /** What the document information dictionary and the XMP packet both say. */
  record Metadata(String title, String author, String subject, String keywords, String creator,
      Instant created) {}

  private static final DateTimeFormatter W3C =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private PdfA() {}

  /**
   * Prepares {@code writer} for PDF/A-1b before {@code document.open()}: PDF 1.4, conformance
   * checks, information dictionary with fixed dates, XMP packet and a fixed /ID.
   */
  static void beforeOpen(Document document, PdfWriter writer, Metadata meta) {
    writer.setPdfVersion(PdfWriter.VERSION_1_4);
    writer.setPDFXConformance(PdfWriter.PDFA1B);
    document.addTitle(meta.title());
    document.addAuthor(meta.author());
    document.addSubject(meta.subject());
    document.addKeywords(meta.keywords());
    document.addCreator(meta.creator());
    PdfDate date = new PdfDate(calendar(meta.created()));
    document.addCreationDate(date);
    document.addModificationDate(date);
    writer.setXmpMetadata(xmp(meta, producer()));
    byte[] id = Arrays.copyOf(
        Hashing.sha256(xmp(meta, producer())).getBytes(StandardCharsets.US_ASCII), 16);
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
  }

  /**
   * Adds the sRGB output intent and fixes the creation date again (opening the document sets it
   * to the clock); call right after {@code document.open()}.
   */
  static void afterOpen(PdfWriter writer, Metadata meta) {
    writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar(meta.created())));
    try {
      writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org",
          "sRGB IEC61966-2.1", ICC_Profile.getInstance(ColorSpace.CS_sRGB));
    } catch (IOException e) {
      throw new IllegalStateException("no se pudo incrustar el perfil de color sRGB", e);
    }
  }

  /** The producer OpenPDF writes into the information dictionary. */
  static String producer() {
    return Document.getVersion();
  }

  private static Calendar calendar(Instant instant) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    c.setTimeInMillis(instant.toEpochMilli());
    return c;
  }

  static byte[] xmp(Metadata meta, String producer) {
    String date = W3C.format(meta.created());
    String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        + "<dc:format>application/pdf</dc:format>\n"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(meta.title())
        + "</rdf:li></rdf:Alt></dc:title>\n"
        + "<dc:creator><rdf:Seq><rdf:li>" + esc(meta.author()) + "</rdf:li></rdf:Seq></dc:creator>\n"
        + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(meta.subject())
        + "</rdf:li></rdf:Alt></dc:description>\n"
        + "</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
        + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
        + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
        + "<xmp:CreatorTool>" + esc(meta.creator()) + "</xmp:CreatorTool>\n"
        + "</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        + "<pdf:Producer>" + esc(producer) + "</pdf:Producer>\n"
        + "<pdf:Keywords>" + esc(meta.keywords()) + "</pdf:Keywords>\n"
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
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
