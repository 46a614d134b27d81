package mx.gob.cdmx.mpi.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.period.MonthRange;
import mx.gob.cdmx.mpi.plan.Aggregation;

/**
 * One variable over one window: the rows lying entirely inside it, their coverage, the months no
 * row covers, the aggregate ({@code null} when no row lies inside) and the codes of the rows that
 * overlap the window without lying inside it (they cannot be split, so they do not count).
 */
record WindowData(
    MonthRange window,
    Coverage coverage,
    BigDecimal value,
    List<Integer> missing,
    List<String> straddling) {

  WindowData {
    missing = List.copyOf(missing);
    straddling = List.copyOf(straddling);
  }

  /** Aggregates those of {@code rows} whose period lies inside {@code window}. */
  static WindowData of(List<Measurement> rows, MonthRange window, Aggregation aggregation) {
    List<Measurement> inside =
        rows.stream().filter(r -> window.contains(r.period().months())).toList();
    boolean[] covered = new boolean[13];
    for (Measurement r : inside) {
      for (int m = r.period().firstMonth(); m <= r.period().lastMonth(); m++) {
        covered[m] = true;
      }
    }
    List<Integer> missing = new ArrayList<>();
    for (int m = window.first(); m <= window.last(); m++) {
      if (!covered[m]) {
        missing.add(m);
      }
    }
    Coverage coverage =
        inside.isEmpty() ? Coverage.NONE : missing.isEmpty() ? Coverage.COMPLETE : Coverage.PARTIAL;
    List<String> straddling =
        rows.stream()
            .filter(
                r -> window.overlaps(r.period().months()) && !window.contains(r.period().months()))
            .map(r -> r.period().code())
            .distinct()
            .sorted()
            .toList();
    return new WindowData(window, coverage, aggregate(inside, aggregation), missing, straddling);
  }

  /** The value when the window is complete, else null. */
  BigDecimal completeValue() {
    return coverage == Coverage.COMPLETE ? value : null;
  }

  private static BigDecimal aggregate(List<Measurement> inside, Aggregation aggregation) {
    if (inside.isEmpty()) {
      return null;
    }
    if (aggregation == Aggregation.LAST) {
      Measurement last = inside.get(0);
      for (Measurement r : inside) {
        if (r.period().lastMonth() >= last.period().lastMonth()) {
          last = r;
        }
      }
      return Decimals.plain(last.value());
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Measurement r : inside) {
      sum = sum.add(r.value());
    }
    return Decimals.plain(sum);
  }
}
