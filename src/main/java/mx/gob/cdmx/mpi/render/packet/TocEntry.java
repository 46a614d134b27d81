package mx.gob.cdmx.mpi.render.packet;

import java.util.Objects;

/**
 * One line of the table of contents and one PDF bookmark: a stable {@code key}, the title shown in
 * both, its depth (0 for a top-level section) and the key of its parent ({@code null} at the top).
 */
record TocEntry(String key, String title, int level, String parent) {
  TocEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
  }
}
