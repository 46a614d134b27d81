package mx.gob.cdmx.mpi.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the commitment date of a corrective action (column {@code fecha_compromiso}): ISO {@code
 * 2025-09-30}, or {@code 30/09/2025} as Excel writes a date in Mexico (day first). No other form is
 * guessed, so {@code 09/30/2025} is refused rather than read as 9 June.
 */
final class CommitmentDate {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private CommitmentDate() {}

  /** The date written in {@code text}, or null when it is not one of the two forms or no date. */
  static LocalDate parse(String text) {
    String s = text.strip();
    try {
      Matcher iso = ISO.matcher(s);
      if (iso.matches()) {
        return LocalDate.of(
            Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
      Matcher day = DAY_FIRST.matcher(s);
      if (day.matches()) {
        return LocalDate.of(
            Integer.parseInt(day.group(3)),
            Integer.parseInt(day.group(2)),
            Integer.parseInt(day.group(1)));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }
}
