package mx.gob.cdmx.mpi.render.packet;

import java.util.Map;
import java.util.Objects;

/**
 * A packet as written: the PDF bytes, its number of pages and the page on which each table of
 * contents entry starts (by title, in document order).
 */
public record RenderedPacket(byte[] pdf, int pages, Map<String, Integer> sectionPages) {
  public RenderedPacket {
    Objects.requireNonNull(pdf, "pdf");
    sectionPages =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sectionPages));
  }
}
