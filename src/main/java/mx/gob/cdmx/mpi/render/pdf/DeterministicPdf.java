package mx.gob.cdmx.mpi.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEvent;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.zip.Deflater;

/**
 * An OpenPDF document written to memory so that the same content gives the same bytes, declaring
 * its language (es-MX), its title in the document information and the XMP (shown as the window
 * title) and outlines open when it has bookmarks: the dates come from {@link PdfMetadata#moment()},
 * the font subsets of {@link PdfFonts} have fixed prefixes, and {@link #finish()} replaces the
 * random file identifier (/ID) with a digest of the file. Usage: {@code open(…)}, add elements to
 * {@link #document()}, then {@code finish()}.
 */
public final class DeterministicPdf {

  private static final byte[] ID_MARK = "/ID [<".getBytes(StandardCharsets.US_ASCII);
  private static final int ID_HEX = 32;

  /** Where the file is written; null for a draft, whose bytes are dropped as they are written. */
  private final ByteArrayOutputStream buffer;

  private final Document document;
  private final PdfWriter writer;
  private final PdfMetadata metadata;

  private DeterministicPdf(
      Rectangle pageSize,
      float left,
      float right,
      float top,
      float bottom,
      PdfMetadata metadata,
      boolean draft,
      PdfPageEvent... events) {
    this.metadata = metadata;
    this.buffer = draft ? null : new ByteArrayOutputStream(1 << 16);
    this.document = new Document(pageSize, left, right, top, bottom);
    try {
      this.writer =
          PdfWriter.getInstance(document, draft ? OutputStream.nullOutputStream() : buffer);
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot create PDF writer", e);
    }
    for (PdfPageEvent event : events) {
      writer.setPageEvent(event);
    }
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(PdfMetadata.LANGUAGE));
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
    writer.setXmpMetadata(Xmp.of(metadata, null));
    document.addTitle(metadata.title());
    if (metadata.subject() != null) {
      document.addSubject(metadata.subject());
    }
    if (metadata.author() != null) {
      document.addAuthor(metadata.author());
    }
    if (metadata.keywords() != null) {
      document.addKeywords(metadata.keywords());
    }
    document.addCreator("mpi");
  }

  /**
   * A new document of {@code pageSize} with these margins (points), metadata and page events, not
   * yet opened: set writer options (e.g. PDF/A) on {@link #writer()}, then call {@link
   * #openDocument()}. A {@code draft} is laid out page by page as the real file would be (for its
   * page numbers), uncompressed, and its bytes are dropped as they are written; {@link #finish()}
   * returns an empty array. The first pass of the report and the packet (docs/rendimiento.md).
   */
  public static DeterministicPdf create(
      boolean draft,
      Rectangle pageSize,
      float left,
      float right,
      float top,
      float bottom,
      PdfMetadata metadata,
      PdfPageEvent... events) {
    DeterministicPdf pdf =
        new DeterministicPdf(pageSize, left, right, top, bottom, metadata, draft, events);
    if (draft) {
      // nothing is kept, so nothing is worth compressing: the page streams are stored as they are
      pdf.writer.setCompressionLevel(Deflater.NO_COMPRESSION);
    }
    return pdf;
  }

  /** Opens the document and fixes its dates. */
  public void openDocument() {
    document.open();
    fixDates();
  }

  /** The document to add content to. */
  public Document document() {
    return document;
  }

  /** The writer, for direct content, templates and page events. */
  public PdfWriter writer() {
    return writer;
  }

  /**
   * Closes the document and returns its bytes, with the fixed dates and a content-derived /ID (none
   * for a draft).
   */
  public byte[] finish() {
    fixDates();
    document.close();
    if (buffer == null) {
      return new byte[0];
    }
    return withContentId(buffer.toByteArray());
  }

  private void fixDates() {
    Calendar at = GregorianCalendar.from(metadata.moment());
    writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(at));
    writer.getInfo().put(PdfName.MODDATE, new PdfDate(at));
    writer.getInfo().put(PdfName.CREATOR, new PdfString(Xmp.CREATOR));
  }

  /**
   * The file with both halves of its trailer /ID replaced by the MD5 of the file as written with a
   * zero /ID: the same content always gets the same identifier, and different content another.
   * Changes {@code pdf} in place (no second copy of a large file) and returns it.
   */
  static byte[] withContentId(byte[] pdf) {
    int at = lastIndexOf(pdf, ID_MARK);
    int first = at + ID_MARK.length;
    int second = first + ID_HEX + 2;
    if (at < 0
        || second + ID_HEX + 2 > pdf.length
        || pdf[first + ID_HEX] != '>'
        || pdf[first + ID_HEX + 1] != '<'
        || pdf[second + ID_HEX] != '>') {
      throw new IllegalStateException("unexpected PDF trailer: no /ID of two 16-byte strings");
    }
    byte[] out = pdf;
    for (int i = 0; i < ID_HEX; i++) {
      out[first + i] = '0';
      out[second + i] = '0';
    }
    byte[] hex = HexFormat.of().formatHex(md5(out)).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(hex, 0, out, first, ID_HEX);
    System.arraycopy(hex, 0, out, second, ID_HEX);
    return out;
  }

  private static int lastIndexOf(byte[] data, byte[] mark) {
    for (int i = data.length - mark.length; i >= 0; i--) {
      int j = 0;
      while (j < mark.length && data[i + j] == mark[j]) {
        j++;
      }
      if (j == mark.length) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] md5(byte[] data) {
    try {
      return MessageDigest.getInstance("MD5").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 not available", e);
    }
  }
}
