package mx.gob.cdmx.mpi.period;

/** A contiguous window of months {@code first..last} (1 to 12, inclusive) within one year. */
public record MonthRange(int year, int first, int last) {

  public MonthRange {
    if (first < 1 || last > 12 || first > last) {
      throw new IllegalArgumentException(
          "a month range needs 1 <= first <= last <= 12: " + first + ".." + last);
    }
  }

  /** January to {@code lastMonth} of {@code year}. */
  public static MonthRange toDate(int year, int lastMonth) {
    return new MonthRange(year, 1, lastMonth);
  }

  /** The number of months in the window. */
  public int size() {
    return last - first + 1;
  }

  /** True when every month of {@code other} lies in this window (same year). */
  public boolean contains(MonthRange other) {
    return year == other.year && first <= other.first && other.last <= last;
  }

  /** True when the two windows share at least one month (same year). */
  public boolean overlaps(MonthRange other) {
    return year == other.year && first <= other.last && other.first <= last;
  }

  /** The same months in another year. */
  public MonthRange inYear(int otherYear) {
    return new MonthRange(otherYear, first, last);
  }

  /** The window in Spanish: "abril 2025", "marzo–abril 2025", "enero–junio 2025". */
  public String label() {
    return monthsLabel() + " " + year;
  }

  /** The months without the year: "abril", "enero–junio". */
  String monthsLabel() {
    return first == last
        ? Period.monthName(first)
        : Period.monthName(first) + "–" + Period.monthName(last);
  }
}
