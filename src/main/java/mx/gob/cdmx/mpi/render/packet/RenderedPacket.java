package mx.gob.cdmx.mpi.render.packet;

import java.util.Map;
import java.util.Objects;

/**
 * A packet as written: the PDF bytes, its number of pages and the page on which each table of
 * contents entry starts (by title, in document order).
 */
public final class RenderedPacket {
  private final byte[] pdf;
  private final int pages;
  private final Map<String, Integer> sectionPages;

  public RenderedPacket(byte[] pdf, int pages, Map<String, Integer> sectionPages) {
    this.pdf = Objects.requireNonNull(pdf, "pdf");
    this.pages = pages;
    this.sectionPages =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sectionPages));
  }

  /** The PDF bytes (not copied: the caller writes them and drops the packet). */
  public byte[] pdf() {
    return pdf;
  }

  /** The number of pages. */
  public int pages() {
    return pages;
  }

  /** The first page of each table of contents entry, by title, in document order. */
  public Map<String, Integer> sectionPages() {
    return sectionPages;
  }
}
