package mx.gob.cdmx.mpi.render.report;

import java.util.Objects;

/**
 * A note recorded with a measurement of the period, as submitted: the period it is about ("abril
 * 2025"), the variable ({@code null} for {@code realizadas}), the text and the row's source ({@code
 * null} when empty).
 */
public record NoteView(String period, String variable, String text, String source) {
  public NoteView {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(text, "text");
  }
}
