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
 * periods accepted so far with the file and line of their row, as three ints per row in one array
 * per key (no object per row). Only periods that overlap none already held are added, so each key
 * holds at most one entry per month of the years seen. The overlap test compares ints; a {@link
 * Period} is only rebuilt for a conflict.
 */
final class PeriodIndex {

  /** Where an earlier row with a conflicting period was read. */
  record Conflict(Period period, int file, int line) {}

  /** The kinds by their length in months (1–12: unique, and fits the 4 bits it is given). */
  private static final PeriodKind[] KINDS = new PeriodKind[13];

  static {
    for (PeriodKind k : PeriodKind.values()) {
      KINDS[k.months()] = k;
    }
  }

  /** Indicator, then variable, then the periods of that key. */
  private final Map<String, Map<String, Slot>> entries = new HashMap<>();

  /** The periods of one key: {@code size} entries of (span, file, line). */
  private static final class Slot {
    int[] data = new int[3 * 4];
    int size;
  }

  /**
   * The earlier rows of {@code indicator}/{@code variable} whose period overlaps {@code period};
   * when there are none, records this row and returns an empty list.
   */
  List<Conflict> add(String indicator, String variable, Period period, int file, int line) {
    Slot slot =
        entries
            .computeIfAbsent(indicator, k -> new HashMap<>(4))
            .computeIfAbsent(variable, k -> new Slot());
    int span = encode(period);
    int[] data = slot.data;
    List<Conflict> conflicts = null;
    for (int i = 0; i < slot.size; i++) {
      if (overlaps(data[3 * i], span)) {
        if (conflicts == null) {
          conflicts = new ArrayList<>(1);
        }
        conflicts.add(new Conflict(decode(data[3 * i]), data[3 * i + 1], data[3 * i + 2]));
      }
    }
    if (conflicts != null) {
      return conflicts;
    }
    if (data.length < 3 * (slot.size + 1)) {
      data = Arrays.copyOf(data, data.length * 2);
      slot.data = data;
    }
    data[3 * slot.size] = span;
    data[3 * slot.size + 1] = file;
    data[3 * slot.size + 2] = line;
    slot.size++;
    return List.of();
  }

  /** year (bits 12+), kind (8–11), first month (4–7), last month (0–3). */
  private static int encode(Period p) {
    return (p.year() << 12) | (p.kind().months() << 8) | (p.firstMonth() << 4) | p.lastMonth();
  }

  private static boolean overlaps(int a, int b) {
    return (a >>> 12) == (b >>> 12)
        && ((a >>> 4) & 0xF) <= (b & 0xF)
        && ((b >>> 4) & 0xF) <= (a & 0xF);
  }

  private static Period decode(int code) {
    PeriodKind kind = KINDS[(code >>> 8) & 0xF];
    int first = (code >>> 4) & 0xF;
    return new Period(code >>> 12, kind, (first - 1) / kind.months() + 1);
  }
}
