package mx.gob.cdmx.mpi.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like personal data in free text: a CURP, an RFC, an e-mail address or a Mexican
 * phone number (ten digits, possibly grouped with spaces, dots or dashes, optionally preceded by
 * +52). Only the kinds found are returned, never the data themselves.
 */
final class PersonalData {
  private PersonalData() {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern CURP =
      Pattern.compile("(?<![A-Z0-9Ñ])[A-Z]{4}\\d{6}[HM][A-Z]{5}[A-Z0-9]\\d(?![A-Z0-9Ñ])", FLAGS);
  private static final Pattern RFC =
      Pattern.compile("(?<![A-Z0-9Ñ&])[A-Z&Ñ]{3,4}\\d{6}[A-Z0-9]{3}(?![A-Z0-9Ñ])", FLAGS);
  private static final Pattern EMAIL =
      Pattern.compile("[A-Z0-9._%+-]+@[A-Z0-9-]+(\\.[A-Z0-9-]+)*\\.[A-Z]{2,}", FLAGS);

  /** Digits (or a bracketed group) separated by at most one space, dot or dash. */
  private static final Pattern DIGIT_RUN =
      Pattern.compile(
          "(?<![\\w+])\\+?(?:\\(\\d{1,4}\\)|\\d)(?:[ .\\-]?(?:\\(\\d{1,4}\\)|\\d))*(?!\\w)");

  /** The kinds of personal data found in {@code text}, in Spanish with article, in order. */
  static List<String> kinds(String text) {
    List<String> kinds = new ArrayList<>();
    int digits = 0;
    int run = 0;
    int longestRun = 0;
    boolean at = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        longestRun = Math.max(longestRun, ++run);
      } else {
        run = 0;
        at |= c == '@';
      }
    }
    // Cheap guards first: CURP and RFC need six digits in a row, an e-mail an @, a phone ten
    // digits.
    if (longestRun >= 6 && CURP.matcher(text).find()) {
      kinds.add("una CURP");
    }
    if (longestRun >= 6 && RFC.matcher(text).find()) {
      kinds.add("un RFC");
    }
    if (at && EMAIL.matcher(text).find()) {
      kinds.add("un correo electrónico");
    }
    if (digits >= 10 && hasPhone(text)) {
      kinds.add("un número de teléfono");
    }
    return kinds;
  }

  private static boolean hasPhone(String text) {
    Matcher m = DIGIT_RUN.matcher(text);
    while (m.find()) {
      String run = m.group();
      int digits = 0;
      for (int i = 0; i < run.length(); i++) {
        digits += Character.isDigit(run.charAt(i)) ? 1 : 0;
      }
      if (digits < 10) {
        continue;
      }
      String number = run.replaceAll("\\D", "");
      boolean country = number.startsWith("52");
      if (digits == 10
          || (country && digits == 12)
          || (country && digits == 13 && number.startsWith("521"))) {
        return true;
      }
    }
    return false;
  }
}
