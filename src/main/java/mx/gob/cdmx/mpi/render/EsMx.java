package mx.gob.cdmx.mpi.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import mx.gob.cdmx.mpi.text.Words;

/** Numbers and dates as written in Mexico: {@code 1,234.5}, {@code 30 de junio de 2025}. */
public final class EsMx {

  private EsMx() {}

  private static DecimalFormat format(String pattern) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator(',');
    symbols.setDecimalSeparator('.');
    DecimalFormat f = new DecimalFormat(pattern, symbols);
    f.setRoundingMode(RoundingMode.HALF_UP);
    f.setParseBigDecimal(true);
    return f;
  }

  /**
   * A figure with thousands separators and no trailing zeros: 1234.50 → "1,234.5"; "—" for null.
   */
  public static String number(BigDecimal value) {
    if (value == null) {
      return "—";
    }
    return format("#,##0.##########").format(value);
  }

  /** A count with thousands separators: 48000 → "48,000". */
  public static String count(long value) {
    return number(BigDecimal.valueOf(value));
  }

  /** A figure with exactly one decimal, half-up: 75 → "75.0"; "—" for null. */
  public static String oneDecimal(BigDecimal value) {
    if (value == null) {
      return "—";
    }
    return format("#,##0.0").format(value.setScale(1, RoundingMode.HALF_UP));
  }

  /**
   * A percentage with one decimal and a plain space before the sign: 75 → "75.0 %"; "—" for null.
   */
  public static String percent(BigDecimal value) {
    return value == null ? "—" : oneDecimal(value) + " %";
  }

  /** A date in words: 2025-06-30 → "30 de junio de 2025". */
  public static String date(LocalDate date) {
    return date.getDayOfMonth()
        + " de "
        + Words.month(date.getMonthValue())
        + " de "
        + date.getYear();
  }

  /**
   * A range of days in words, the year said once when both ends share it: "1 de marzo al 30 de
   * abril de 2025"; otherwise "1 de diciembre de 2024 al 31 de enero de 2025".
   */
  public static String dateRange(LocalDate from, LocalDate to) {
    String start =
        from.getYear() == to.getYear()
            ? from.getDayOfMonth() + " de " + Words.month(from.getMonthValue())
            : date(from);
    return start + " al " + date(to);
  }

  /** A difference with its sign: 2 → "+2", -1.5 → "-1.5", 0 → "0"; "—" for null. */
  public static String signed(BigDecimal value) {
    if (value == null) {
      return "—";
    }
    return (value.signum() > 0 ? "+" : "") + number(value);
  }

  /** The text with its first letter in upper case: "segundo trimestre" → "Segundo trimestre". */
  public static String capitalized(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(text.substring(Character.charCount(first)))
        .toString();
  }

  /** Lower-case Spanish name of month 1–12. */
  public static String month(int month) {
    return Words.month(month);
  }

  /** "a", "a y b", "a, b y c": a Spanish enumeration. */
  public static String join(java.util.List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " y "
        + items.get(items.size() - 1);
  }
}
