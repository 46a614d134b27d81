package mx.gob.cdmx.mpi.render.pdf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The document information of a PDF: title, subject, author, keywords and the date written as its
 * creation and modification date (00:00 UTC of that day) — a date chosen by the caller, never the
 * clock.
 */
public record PdfMetadata(
    String title, String subject, String author, String keywords, LocalDate date) {
  public PdfMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
  }
}
