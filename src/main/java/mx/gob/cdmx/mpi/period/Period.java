package mx.gob.cdmx.mpi.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.cdmx.mpi.text.Words;

/**
 * A reporting period (docs/metodologia.md §1): the year, a semester, quarter, bimester or month of
 * a year between 1900 and 2999, identified by a code such as {@code 2025-Q3}.
 */
public record Period(int year, PeriodKind kind, int index) implements Comparable<Period> {

  /** The first year a period may have. */
  public static final int MIN_YEAR = 1900;

  /** The last year a period may have. */
  public static final int MAX_YEAR = 2999;

  private static final Pattern CODE =
      Pattern.compile("([0-9]{4})(?:-(?:([SQB])([0-9])|([0-9]{2})))?");

  /**
   * Codes already read (a file repeats a few dozen codes over and over); bounded, so a file of
   * distinct garbage cannot grow it.
   */
  private static final Map<String, Period> CACHE = new ConcurrentHashMap<>();

  private static final int CACHE_LIMIT = 4096;

  private static final List<String> ORDINALS = List.of("primer", "segundo", "tercer", "cuarto");

  private static final Comparator<Period> ORDER =
      Comparator.comparingInt(Period::year)
          .thenComparingInt(Period::firstMonth)
          .thenComparing(p -> -p.kind().months());

  public Period {
    Objects.requireNonNull(kind, "kind");
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "year out of range " + MIN_YEAR + ".." + MAX_YEAR + ": " + year);
    }
    if (index < 1 || index > kind.perYear()) {
      throw new IllegalArgumentException(
          "index of a " + kind + " must be 1.." + kind.perYear() + ": " + index);
    }
  }

  /**
   * Reads a code ({@code 2025}, {@code 2025-S1}, {@code 2025-Q3}, {@code 2025-B4}, {@code
   * 2025-07}); surrounding blanks are ignored and S, Q, B may be lower case.
   */
  public static Period parse(String code) {
    Objects.requireNonNull(code, "code");
    Period cached = CACHE.get(code);
    if (cached != null) {
      return cached;
    }
    String written = code.strip();
    Period p = parseAscii(written);
    if (p == null) {
      p = parseWithPattern(written);
    }
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.putIfAbsent(code, p);
    }
    return p;
  }

  /**
   * The hot path of {@link #parse}: a plain ASCII code read by hand, no regex; null when the code
   * is anything else (then {@link #parseWithPattern} decides, with the same messages as ever).
   */
  private static Period parseAscii(String s) {
    int n = s.length();
    if ((n != 4 && n != 7) || !digits(s, 0, 4)) {
      return null;
    }
    int year = number(s, 0, 4);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return null;
    }
    if (n == 4) {
      return new Period(year, PeriodKind.YEAR, 1);
    }
    if (s.charAt(4) != '-' || !digits(s, 6, 7)) {
      return null;
    }
    char c = s.charAt(5);
    PeriodKind kind;
    int index;
    if (c >= '0' && c <= '9') {
      kind = PeriodKind.MONTH;
      index = number(s, 5, 7);
    } else {
      kind =
          switch (c) {
            case 'S', 's' -> PeriodKind.SEMESTER;
            case 'Q', 'q' -> PeriodKind.QUARTER;
            case 'B', 'b' -> PeriodKind.BIMESTER;
            default -> null;
          };
      if (kind == null) {
        return null;
      }
      index = s.charAt(6) - '0';
    }
    return index >= 1 && index <= kind.perYear() ? new Period(year, kind, index) : null;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  /** Every code the hand reader does not accept: read by the pattern, or refused with a reason. */
  private static Period parseWithPattern(String written) {
    Matcher m = CODE.matcher(written.toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new PeriodFormatException(written, PeriodFormatException.ACCEPTED);
    }
    int year = Integer.parseInt(m.group(1));
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new PeriodFormatException(
          written, "el año debe estar entre " + MIN_YEAR + " y " + MAX_YEAR);
    }
    PeriodKind kind;
    int index;
    if (m.group(2) != null) {
      kind = kindOfLetter(m.group(2).charAt(0));
      index = Integer.parseInt(m.group(3));
    } else if (m.group(4) != null) {
      kind = PeriodKind.MONTH;
      index = Integer.parseInt(m.group(4));
    } else {
      kind = PeriodKind.YEAR;
      index = 1;
    }
    if (index < 1 || index > kind.perYear()) {
      throw new PeriodFormatException(written, PeriodFormatException.ACCEPTED);
    }
    return new Period(year, kind, index);
  }

  /** The lower-case Spanish name of month {@code month} (1 = enero … 12 = diciembre). */
  public static String monthName(int month) {
    return Words.month(month);
  }

  /** The canonical code: {@code 2025}, {@code 2025-S1}, {@code 2025-Q3}, {@code 2025-07}, … */
  public String code() {
    return switch (kind) {
      case YEAR -> Integer.toString(year);
      case SEMESTER -> year + "-S" + index;
      case QUARTER -> year + "-Q" + index;
      case BIMESTER -> year + "-B" + index;
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, index);
    };
  }

  /** The months of the period. */
  public MonthRange months() {
    return new MonthRange(year, firstMonth(), lastMonth());
  }

  /** The first month of the period (1–12). */
  public int firstMonth() {
    return (index - 1) * kind.months() + 1;
  }

  /** The last month of the period (1–12). */
  public int lastMonth() {
    return index * kind.months();
  }

  /** The first day of the period. */
  public LocalDate startDate() {
    return LocalDate.of(year, firstMonth(), 1);
  }

  /** The last day of the period. */
  public LocalDate endDate() {
    return YearMonth.of(year, lastMonth()).atEndOfMonth();
  }

  /** True when every month of {@code other} lies in this period. */
  public boolean contains(Period other) {
    return months().contains(other.months());
  }

  /** True when the two periods share at least one month. */
  public boolean overlaps(Period other) {
    return months().overlaps(other.months());
  }

  /** The period of the same kind just before this one, in the previous year for the first one. */
  public Period previous() {
    return index > 1
        ? new Period(year, kind, index - 1)
        : new Period(year - 1, kind, kind.perYear());
  }

  /** January of the period's year to the end of the period. */
  public MonthRange toDate() {
    return MonthRange.toDate(year, lastMonth());
  }

  /**
   * The period as a Spanish title fragment: "2025", "primer semestre 2025 (enero–junio)", "segundo
   * trimestre 2025 (abril–junio)", "marzo–abril 2025", "abril 2025".
   */
  public String label() {
    return switch (kind) {
      case YEAR -> Integer.toString(year);
      case SEMESTER -> ordinalLabel("semestre");
      case QUARTER -> ordinalLabel("trimestre");
      case BIMESTER, MONTH -> months().label();
    };
  }

  /** The Spanish report title: "Informe anual 2025", "Informe trimestral abril–junio 2025", … */
  public String reportTitle() {
    String when = kind == PeriodKind.YEAR ? Integer.toString(year) : months().label();
    return "Informe " + kind.adjective() + " " + when;
  }

  /** By year, then first month, then the longer period first. */
  @Override
  public int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  /** The canonical code. */
  @Override
  public String toString() {
    return code();
  }

  private String ordinalLabel(String noun) {
    String ordinal = ORDINALS.get(index - 1);
    return ordinal + " " + noun + " " + year + " (" + months().monthsLabel() + ")";
  }

  private static PeriodKind kindOfLetter(char letter) {
    return switch (letter) {
      case 'S' -> PeriodKind.SEMESTER;
      case 'Q' -> PeriodKind.QUARTER;
      case 'B' -> PeriodKind.BIMESTER;
      default -> throw new IllegalStateException("unexpected period letter " + letter);
    };
  }
}
