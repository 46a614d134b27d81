package mx.gob.cdmx.mpi.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The two ways the evaluation writes numbers: exact without trailing zeros, or rounded. */
public final class Decimals {

  private Decimals() {}

  /**
   * The same value without trailing zeros and never in scientific notation: 1.50 → 1.5, 3.00 → 3,
   * 1E+1 → 10, 0.000 → 0; null stays null.
   */
  public static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
  }

  /** Rounded half-up to one decimal, the figure classified and printed: 89.95 → 90.0. */
  public static BigDecimal oneDecimal(BigDecimal value) {
    return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
  }
}
