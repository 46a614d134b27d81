package mx.gob.cdmx.mpi.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cumulative percentage of the annual target expected at the end of each quarter; four
 * non-decreasing values between 0 and 100, the last one 100.
 */
public record Schedule(List<BigDecimal> quarterEnds) {

  public Schedule {
    quarterEnds = List.copyOf(quarterEnds);
    if (quarterEnds.size() != 4) {
      throw new IllegalArgumentException("a schedule has four quarter ends");
    }
  }

  /**
   * F(m): the cumulative % of the last quarter that ended by the end of month m (0 before March).
   */
  public BigDecimal at(int month) {
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    int quarters = month / 3;
    return quarters == 0 ? BigDecimal.ZERO : quarterEnds.get(quarters - 1);
  }

  /** The schedule as written in the plan, e.g. {@code [25, 50, 75, 100]}. */
  @Override
  public String toString() {
    return quarterEnds.stream().map(BigDecimal::toPlainString).toList().toString();
  }
}
