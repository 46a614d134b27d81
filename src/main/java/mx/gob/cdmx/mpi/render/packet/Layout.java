package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.HashMap;
import java.util.Map;
import mx.gob.cdmx.mpi.render.pdf.Bookmarks;
import mx.gob.cdmx.mpi.render.pdf.PdfBlocks;
import mx.gob.cdmx.mpi.render.pdf.StatusMark;
import mx.gob.cdmx.mpi.render.pdf.TypeScale;
import mx.gob.cdmx.mpi.render.pdf.Unbroken;

/**
 * The document of one pass, and the headings, paragraphs, tables and cells its pages are built of.
 */
final class Layout {

  static final String NONE = "—";

  private final PacketModel model;
  private final Map<String, Integer> knownPages;
  private final Style style;
  private final PdfBlocks blocks;
  private final Document doc;
  private final PdfWriter writer;
  private final Continuation continuation;

  /** The table of contents by key, built once per pass: a national plan has 10,000 fichas. */
  private final Map<String, TocEntry> entries = new HashMap<>();

  Layout(
      PacketModel model,
      Map<String, Integer> knownPages,
      Style style,
      PdfBlocks blocks,
      Document doc,
      PdfWriter writer,
      Continuation continuation) {
    this.model = model;
    this.knownPages = knownPages;
    this.style = style;
    this.blocks = blocks;
    this.doc = doc;
    this.writer = writer;
    this.continuation = continuation;
    for (TocEntry e : model.toc()) {
      entries.putIfAbsent(e.key(), e);
    }
  }

  /**
   * Marks the start ({@code title}, the ficha's id and name) or the end ({@code null}) of a ficha,
   * so a page it runs onto starts with «… (continuación)».
   */
  void continuing(String title) {
    continuation.open(title);
  }

  /** Starts a new page unless {@code height} points still fit on this one; true if it did. */
  boolean keepRoomFor(float height) {
    if (writer.getVerticalPosition(true) - height < doc.bottom()) {
      doc.newPage();
      return true;
    }
    return false;
  }

  /** The height {@code table} takes at the full width of the text column. */
  float heightOf(PdfPTable table) {
    return PdfBlocks.heightAt(table, doc.right() - doc.left())
        + table.spacingBefore()
        + table.spacingAfter();
  }

  PacketModel model() {
    return model;
  }

  Style style() {
    return style;
  }

  PdfBlocks blocks() {
    return blocks;
  }

  Document doc() {
    return doc;
  }

  PdfWriter writer() {
    return writer;
  }

  void add(Element element) {
    doc.add(element);
  }

  void newPage() {
    continuation.beforeNewPage(writer, doc, writer.getVerticalPosition(false));
    doc.newPage();
  }

  /** The page of {@code key} from the previous pass, or null on the first. */
  Integer knownPage(String key) {
    return knownPages.get(key);
  }

  String entryTitle(String key) {
    TocEntry e = entries.get(key);
    if (e == null) {
      throw new IllegalArgumentException("no TOC entry " + key);
    }
    return e.title();
  }

  /** A section heading, tagged so that its page is recorded and its bookmark added. */
  void heading(String key, String text, int level) {
    Font font =
        switch (level) {
          case 0 -> style.bold(TypeScale.H1 + 2, Style.ACCENT);
          case 1 -> style.bold(TypeScale.BODY, Style.MUTED);
          default -> style.bold(TypeScale.H2 + 1);
        };
    Paragraph p = new Paragraph(Bookmarks.marker(key, text, font));
    p.setLeading(font.getSize() * 1.3f);
    p.setSpacingBefore(level == 2 ? 4 : 0);
    p.setSpacingAfter(level == 0 ? 10 : level == 1 ? 2 : 4);
    p.setKeepTogether(true);
    doc.add(p);
    if (level == 0) {
      doc.add(rule(Style.ACCENT, 1, 8));
    }
  }

  Paragraph subheading(String text) {
    Paragraph p = new Paragraph(text, style.bold(TypeScale.H2, Style.ACCENT));
    p.setSpacingBefore(10);
    p.setSpacingAfter(4);
    return p;
  }

  Paragraph para(String text, Font font, float before, float after) {
    Paragraph p = new Paragraph(Unbroken.chunk(text, font));
    p.setLeading(font.getSize() * 1.3f);
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    return p;
  }

  PdfPTable rule(Color color, float width, float after) {
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

  PdfPTable table(float[] widths) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingAfter(4);
    return t;
  }

  PdfPCell cell(String text, Font font) {
    return cell(new Phrase(Unbroken.chunk(text, font)));
  }

  PdfPCell cell(Phrase phrase) {
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

  PdfPCell numberCell(String text, Font font) {
    PdfPCell c = cell(text, font);
    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return c;
  }

  private PdfPCell headerCell(String text, float size) {
    PdfPCell c = cell(text, style.bold(size));
    c.setBackgroundColor(Style.SHADE);
    c.setBorder(Rectangle.NO_BORDER);
    return c;
  }

  void header(PdfPTable t, String... titles) {
    header(t, TypeScale.TABLE, titles);
  }

  void header(PdfPTable t, float size, String... titles) {
    for (String title : titles) {
      t.addCell(headerCell(title, size));
    }
  }

  /**
   * A status's symbol and word on its fill, in white or ink as the fill needs; the symbol and the
   * word are always there, so colour is never alone.
   */
  PdfPCell badge(StatusMark mark, float size) {
    return badge(mark.symbol() + "\u00A0" + mark.word(), mark.fill(), mark.textOnFill(), size);
  }

  /** A word in white on a dark colour. */
  PdfPCell badge(String word, String hex, float size) {
    return badge(word, Style.color(hex), Color.WHITE, size);
  }

  private PdfPCell badge(String word, Color fill, Color text, float size) {
    PdfPCell c = new PdfPCell(new Phrase(word, style.bold(size, text)));
    c.setBackgroundColor(fill);
    c.setBorder(Rectangle.BOX);
    c.setBorderColor(Color.WHITE);
    c.setBorderWidth(1.5f);
    c.setHorizontalAlignment(Element.ALIGN_CENTER);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setPaddingTop(2);
    c.setPaddingBottom(4);
    return c;
  }
}
