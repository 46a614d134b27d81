package mx.gob.cdmx.mpi.validate;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import mx.gob.cdmx.mpi.diagnostics.Check;
import mx.gob.cdmx.mpi.diagnostics.Shown;

/** Reads a {@code valor} cell: a non-negative decimal with {@code .} as the decimal point. */
final class Numbers {
  private Numbers() {}

  /** What {@link #isPlain} checks by hand; kept as the reference its test compares with. */
  static final Pattern PLAIN = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private static final Pattern NEGATIVE = Pattern.compile("-\\s*[0-9]+(\\.[0-9]+)?");
  private static final Pattern THOUSANDS_COMMA =
      Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
  private static final Pattern THOUSANDS_SPACE =
      Pattern.compile("[0-9]{1,3}([ \\u00A0\\u202F][0-9]{3})+(\\.[0-9]+)?");
  private static final Pattern EUROPEAN = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+,[0-9]+");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[0-9]+,[0-9]+");
  private static final Pattern PERCENT = Pattern.compile("([0-9]+(\\.[0-9]+)?)\\s*%");
  private static final Pattern LEADING_POINT = Pattern.compile("\\.[0-9]+");

  /** A value read from a cell: either a number, or the check it fails and the message. */
  record Parsed(BigDecimal value, Check check, String message) {
    boolean ok() {
      return value != null;
    }
  }

  /** The most digits a value may have (leading zeros not counted): docs/seguridad.md. */
  static final int MAX_DIGITS = 30;

  /** The longest text read as a value at all; longer ones are refused before any pattern runs. */
  static final int MAX_LENGTH = 64;

  /**
   * Reads {@code text}: a number, or the check it fails. Time is linear in the length: a text
   * longer than {@value #MAX_LENGTH} characters, or with more than {@value #MAX_DIGITS} digits, is
   * refused before any pattern or {@code BigDecimal} sees it.
   */
  static Parsed parse(String text) {
    if (text.length() > MAX_LENGTH) {
      return tooLong(text, text.length() + " caracteres");
    }
    if (isPlain(text)) {
      int digits = digits(text);
      if (digits > MAX_DIGITS) {
        return tooLong(text, digits + " cifras");
      }
      return new Parsed(plainValue(text), null, null);
    }
    if (NEGATIVE.matcher(text).matches()) {
      return new Parsed(
          null,
          Check.NEGATIVE_VALUE,
          "el valor "
              + withoutBlanks(text)
              + " es negativo; una medición dice cuánto se logró en el periodo (0 o más)");
    }
    String not = "el valor «" + Shown.excerpt(text) + "» no es un número válido; ";
    if (THOUSANDS_COMMA.matcher(text).matches()) {
      return nonNumeric(
          not + "no se aceptan separadores de miles: escriba " + text.replace(",", ""));
    }
    if (THOUSANDS_SPACE.matcher(text).matches()) {
      return nonNumeric(
          not
              + "no se aceptan separadores de miles: escriba "
              + text.replaceAll("[ \\u00A0\\u202F]", ""));
    }
    if (EUROPEAN.matcher(text).matches()) {
      return nonNumeric(
          not
              + "use punto decimal y ningún separador de miles: escriba "
              + text.replace(".", "").replace(',', '.'));
    }
    if (DECIMAL_COMMA.matcher(text).matches()) {
      return nonNumeric(not + "use punto decimal, no coma: escriba " + text.replace(',', '.'));
    }
    var percent = PERCENT.matcher(text);
    if (percent.matches()) {
      return nonNumeric(not + "escriba sólo el número, sin «%»: " + percent.group(1));
    }
    if (LEADING_POINT.matcher(text).matches()) {
      return nonNumeric(not + "escriba 0" + text);
    }
    return nonNumeric(
        not + "escriba sólo cifras, con punto decimal si hace falta (p. ej. 12 o" + " 3.5)");
  }

  /**
   * The number meant by a value written with a decimal comma ({@code 1,5} is 1.5), or null when
   * {@code text} is not of that form or reads as a thousands separator ({@code 1,234}).
   */
  static BigDecimal withDecimalComma(String text) {
    return text.length() <= MAX_LENGTH
            && DECIMAL_COMMA.matcher(text).matches()
            && !THOUSANDS_COMMA.matcher(text).matches()
        ? new BigDecimal(text.replace(',', '.'))
        : null;
  }

  /** Digits of a plain number, leading zeros of the whole part not counted ({@code 007.50} → 3). */
  static int digits(String plain) {
    int i = 0;
    while (i < plain.length() - 1 && plain.charAt(i) == '0' && plain.charAt(i + 1) != '.') {
      i++;
    }
    int n = 0;
    for (; i < plain.length(); i++) {
      if (plain.charAt(i) != '.') {
        n++;
      }
    }
    return n;
  }

  private static Parsed tooLong(String text, String size) {
    return new Parsed(
        null,
        Check.VALUE_TOO_LONG,
        "el valor «"
            + Shown.excerpt(text)
            + "» tiene "
            + size
            + "; una medición tiene como máximo "
            + MAX_DIGITS
            + " cifras: revise la celda (¿se pegó otro contenido?)");
  }

  /**
   * True when {@code text} is {@code [0-9]+(\\.[0-9]+)?}, checked by hand: this runs once per row
   * and most values are plain, so the patterns are left for the values that are not.
   */
  static boolean isPlain(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (text.charAt(i) != '.' || i + 1 == n) {
      return false;
    }
    for (i++; i < n; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of a plain number: a whole number of up to 18 digits without a BigDecimal parse. */
  private static BigDecimal plainValue(String text) {
    if (text.length() <= 18 && text.indexOf('.') < 0) {
      return BigDecimal.valueOf(Long.parseLong(text));
    }
    return new BigDecimal(text);
  }

  /** {@code text} without its blanks ({@code "- 3"} is written back as {@code -3}). */
  private static String withoutBlanks(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static Parsed nonNumeric(String message) {
    return new Parsed(null, Check.NON_NUMERIC_VALUE, message);
  }

  /** True when the value has a non-zero fractional part. */
  static boolean hasFraction(BigDecimal value) {
    return value.signum() != 0 && value.stripTrailingZeros().scale() > 0;
  }

  /** "1 o 2": the whole numbers either side of a value with a fraction. */
  static String wholeChoices(BigDecimal value) {
    BigDecimal floor = value.setScale(0, java.math.RoundingMode.FLOOR);
    return show(floor) + " o " + show(floor.add(BigDecimal.ONE));
  }

  /** The value as people write it: no exponent, no trailing zeros after the point. */
  static String show(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
