package mx.gob.cdmx.mpi.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --date AAAA-MM-DD}: the date a document states as its date of issue. Without it, the
 * environment variable {@code SOURCE_DATE_EPOCH} (seconds since 1970, UTC) is used; without either,
 * the document states no date. The clock is never read, so outputs are reproducible.
 */
final class DateOption {

  /** The environment variable of the reproducible-builds convention. */
  static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

  @Option(
      names = "--date",
      paramLabel = "AAAA-MM-DD",
      description =
          "Fecha de emisión que se escribe en el documento. Sin ella se usa"
              + " SOURCE_DATE_EPOCH si está definida; si no, el documento no lleva fecha.")
  String date;

  /**
   * The date of issue, or null for none, with {@code SOURCE_DATE_EPOCH} read from {@code
   * environment}; a malformed value is a usage error (exit 2).
   */
  LocalDate resolve(Function<String, String> environment) {
    return resolve(date, environment.apply(SOURCE_DATE_EPOCH));
  }

  static LocalDate resolve(String option, String epoch) {
    if (option != null) {
      try {
        return LocalDate.parse(option.strip());
      } catch (DateTimeParseException e) {
        throw new UsageException(
            "fecha no válida en --date: \""
                + option
                + "\"; se espera AAAA-MM-DD, por ejemplo 2025-07-15");
      }
    }
    if (epoch != null && !epoch.isBlank()) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(epoch.strip()))
            .atZone(ZoneOffset.UTC)
            .toLocalDate();
      } catch (NumberFormatException | java.time.DateTimeException e) {
        throw new UsageException(
            "valor no válido en "
                + SOURCE_DATE_EPOCH
                + ": \""
                + epoch
                + "\"; se esperan segundos desde 1970-01-01 (UTC), por ejemplo 1752537600");
      }
    }
    return null;
  }
}
