package mx.gob.cdmx.mpi.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import mx.gob.cdmx.mpi.period.Period;

/**
 * One measurement row as submitted: what happened to {@code variable} of {@code indicator} within
 * {@code period}. {@code note} and {@code source} are null when empty; {@code action} (the
 * corrective action, column "accion") and {@code commitment} (its date, column "fecha_compromiso")
 * too; {@code file} and {@code line} say where the row was read (line of its first physical line,
 * 1-based).
 */
public record Measurement(
    String indicator,
    Period period,
    String variable,
    BigDecimal value,
    String note,
    String source,
    String action,
    LocalDate commitment,
    String file,
    int line) {

  public Measurement {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(file, "file");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("negative value");
    }
  }

  /** A row without corrective action. */
  public Measurement(
      String indicator,
      Period period,
      String variable,
      BigDecimal value,
      String note,
      String source,
      String file,
      int line) {
    this(indicator, period, variable, value, note, source, null, null, file, line);
  }

  /** True when the row carries a corrective action. */
  public boolean hasAction() {
    return action != null && !action.isBlank();
  }
}
