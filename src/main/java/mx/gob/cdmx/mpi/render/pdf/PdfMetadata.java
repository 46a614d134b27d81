package mx.gob.cdmx.mpi.render.pdf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The document information of a PDF: title, subject, author, keywords and the date written as its
 * creation and modification date — a date chosen by the caller, never the clock, written as 00:00
 * of that day in Mexico City ({@link #ZONE}), so that a viewer there shows that very day.
 */
public record PdfMetadata(
    String title, String subject, String author, String keywords, LocalDate date) {

  /** The time zone of the documents' dates: Mexico City. */
  public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

  /** The natural language of every document (BCP 47), written as the catalog's /Lang. */
  public static final String LANGUAGE = "es-MX";

  public PdfMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
  }

  /**
   * The moment written as the creation and modification date: 00:00 of {@link #date} in Mexico
   * City.
   */
  public ZonedDateTime moment() {
    return date.atStartOfDay(ZONE);
  }
}
