package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records the page on which each table of contents entry starts and adds its PDF bookmark there. A
 * heading marks its entry with {@link #marker}; the first time the marker is laid out, the current
 * page is recorded and a bookmark pointing at the heading is created under its parent's.
 */
final class Sections extends PdfPageEventHelper {

  private static final String PREFIX = "toc:";

  private final PacketModel model;
  private final Map<String, Integer> pages = new LinkedHashMap<>();
  private final Map<String, PdfOutline> outlines = new HashMap<>();

  Sections(PacketModel model) {
    this.model = model;
  }

  /** The heading text of {@code key}'s entry, tagged so that laying it out records its page. */
  static Chunk marker(String key, String text, Font font) {
    Chunk chunk = new Chunk(text, font);
    chunk.setGenericTag(PREFIX + key);
    return chunk;
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
    if (!text.startsWith(PREFIX)) {
      return;
    }
    String key = text.substring(PREFIX.length());
    if (pages.containsKey(key)) {
      return;
    }
    pages.put(key, writer.getPageNumber());
    TocEntry entry = model.entry(key);
    PdfOutline parent =
        entry.parent() == null ? writer.getRootOutline() : outlines.get(entry.parent());
    if (parent == null) {
      throw new IllegalStateException("bookmark " + key + " before its parent " + entry.parent());
    }
    PdfDestination target = new PdfDestination(PdfDestination.FITH, rect.getTop() + 14);
    outlines.put(key, new PdfOutline(parent, target, entry.title(), entry.level() == 0));
  }

  /** The page of every entry laid out so far, by key, in document order. */
  Map<String, Integer> pages() {
    return Map.copyOf(pages);
  }
}
