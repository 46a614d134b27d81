package mx.gob.cdmx.mpi.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.period.PeriodKind;

/**
 * The compact state behind the duplicate and overlap checks: for each (indicator, variable), the
 * periods accepted so far with the file and line of their row, as three ints per row. Only periods
 * that overlap none already held are added, so each key holds at most one entry per month of the
 * years seen.
 */
final class PeriodIndex {

  /** Where an earlier row with a conflicting period was read. */
  record Conflict(Period period, int file, int line) {}

  private static final PeriodKind[] KINDS = PeriodKind.values();

  private final Map<String, int[]> entries = new HashMap<>();
  private final Map<String, Integer> sizes = new HashMap<>();

  /**
   * The earlier rows of {@code indicator}/{@code variable} whose period overlaps {@code period};
   * when there are none, records this row and returns an empty list.
   */
  List<Conflict> add(String indicator, String variable, Period period, int file, int line) {
    String key = indicator + '\u0000' + variable;
    int[] data = entries.get(key);
    int size = sizes.getOrDefault(key, 0);
    List<Conflict> conflicts = new ArrayList<>(0);
    for (int i = 0; i < size; i++) {
      Period other = decode(data[3 * i]);
      if (other.overlaps(period)) {
        conflicts.add(new Conflict(other, data[3 * i + 1], data[3 * i + 2]));
      }
    }
    if (!conflicts.isEmpty()) {
      return conflicts;
    }
    if (data == null) {
      data = new int[3 * 4];
    } else if (data.length < 3 * (size + 1)) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    data[3 * size] = encode(period);
    data[3 * size + 1] = file;
    data[3 * size + 2] = line;
    entries.put(key, data);
    sizes.put(key, size + 1);
    return conflicts;
  }

  private static int encode(Period p) {
    return (p.year() << 8) | (p.kind().ordinal() << 4) | p.index();
  }

  private static Period decode(int code) {
    return new Period(code >>> 8, KINDS[(code >>> 4) & 0xF], code & 0xF);
  }
}
