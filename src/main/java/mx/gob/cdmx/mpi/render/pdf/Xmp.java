package mx.gob.cdmx.mpi.render.pdf;

import com.lowagie.text.Document;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * The XMP metadata packet of a PDF: the same title, author, subject, keywords, creator, producer,
 * language and dates as its document information dictionary, and, for PDF/A, its identification.
 * Viewers that follow PDF/UA show the XMP title as the window title.
 */
public final class Xmp {

  /** The creator written into the information dictionary and the XMP. */
  public static final String CREATOR = "mpi";

  private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private Xmp() {}

  /**
   * The packet of {@code meta}; {@code pdfaConformance} ("B" for PDF/A-1b) adds the PDF/A-1
   * identification, null for none.
   */
  public static byte[] of(PdfMetadata meta, String pdfaConformance) {
    String date = W3C.format(meta.moment());
    StringBuilder xml = new StringBuilder(1024);
    xml.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        .append("<dc:format>application/pdf</dc:format>\n")
        .append(alt("dc:title", meta.title()))
        .append("<dc:creator><rdf:Seq><rdf:li>")
        .append(esc(meta.author()))
        .append("</rdf:li></rdf:Seq></dc:creator>\n")
        .append(alt("dc:description", meta.subject()))
        .append("<dc:language><rdf:Bag><rdf:li>")
        .append(PdfMetadata.LANGUAGE)
        .append("</rdf:li></rdf:Bag></dc:language>\n")
        .append("</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
        .append("<xmp:CreateDate>" + date + "</xmp:CreateDate>\n")
        .append("<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n")
        .append("<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n")
        .append("<xmp:CreatorTool>" + CREATOR + "</xmp:CreatorTool>\n")
        .append("</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
        .append("<pdf:Producer>" + esc(Document.getVersion()) + "</pdf:Producer>\n")
        .append("<pdf:Keywords>" + esc(meta.keywords()) + "</pdf:Keywords>\n")
        .append("</rdf:Description>\n");
    if (pdfaConformance != null) {
      xml.append(
              "<rdf:Description rdf:about=\"\""
                  + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
          .append("<pdfaid:part>1</pdfaid:part>\n")
          .append("<pdfaid:conformance>" + pdfaConformance + "</pdfaid:conformance>\n")
          .append("</rdf:Description>\n");
    }
    xml.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String alt(String element, String text) {
    return "<"
        + element
        + "><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + esc(text)
        + "</rdf:li></rdf:Alt></"
        + element
        + ">\n";
  }

  private static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
