package mx.gob.cdmx.mpi.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The semáforo thresholds: green at {@code green} or more, yellow from {@code yellow} to under
 * green, red under yellow; {@code overTarget} flags results above it.
 */
public record Thresholds(BigDecimal green, BigDecimal yellow, BigDecimal overTarget) {

  public static final Thresholds DEFAULT =
      new Thresholds(new BigDecimal("90"), new BigDecimal("70"), new BigDecimal("110"));

  public Thresholds {
    Objects.requireNonNull(green);
    Objects.requireNonNull(yellow);
    Objects.requireNonNull(overTarget);
    if (yellow.compareTo(green) > 0) {
      throw new IllegalArgumentException("yellow threshold above green");
    }
  }
}
