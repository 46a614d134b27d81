package mx.gob.cdmx.mpi.render.pdf;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bookmarks of a report and the pages of its table of contents. A heading carries the {@link
 * #marker} of its entry; the first time the marker is laid out, the page is recorded and a bookmark
 * pointing at the heading is added under its parent's. A second pass of the document prints the
 * recorded pages in the contents; since the contents take the same room in both passes, nothing
 * moves.
 */
public final class Bookmarks extends PdfPageEventHelper {

  /** One bookmark: a stable key, its title, and its parent's key (null at the top). */
  public record Entry(String key, String title, String parent, boolean inContents) {
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(title, "title");
    }
  }

  private static final String PREFIX = "bookmark:";

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Map<String, Integer> pages = new LinkedHashMap<>();
  private final Map<String, PdfOutline> outlines = new HashMap<>();

  /** Bookmarks for these entries, parents before their children. */
  public Bookmarks(List<Entry> entries) {
    for (Entry e : entries) {
      this.entries.put(e.key(), e);
    }
  }

  /** The entries, in order. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** {@code text} in {@code font}, marked so that laying it out records the page of {@code key}. */
  public static Chunk marker(String key, String text, Font font) {
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
    Entry entry = entries.get(key);
    if (entry == null || pages.containsKey(key)) {
      return;
    }
    pages.put(key, writer.getPageNumber());
    PdfOutline parent =
        entry.parent() == null ? writer.getRootOutline() : outlines.get(entry.parent());
    if (parent == null) {
      throw new IllegalStateException("bookmark " + key + " before its parent " + entry.parent());
    }
    PdfDestination target = new PdfDestination(PdfDestination.FITH, rect.getTop() + 14);
    outlines.put(key, new PdfOutline(parent, target, entry.title(), entry.parent() == null));
  }

  /** The page of every entry laid out so far, by key. */
  public Map<String, Integer> pages() {
    return Map.copyOf(pages);
  }
}
