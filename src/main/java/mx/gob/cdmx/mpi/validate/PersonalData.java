package mx.gob.cdmx.mpi.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like personal data in free text: a CURP, an RFC, an e-mail address, a Mexican
 * phone number (ten digits, possibly grouped with spaces, dots or dashes, optionally preceded by
 * +52) or a person's name (a common given name followed by one or two capitalised surnames; the
 * heuristic and its exceptions are in docs/seguridad.md). Only the kinds found are reported, never
 * the data themselves; {@link #redact} replaces each datum in a text.
 */
public final class PersonalData {
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

  /** What replaces a personal datum in reports and the packet. */
  public static final String OMITTED = "[dato personal omitido]";

  /** Texts longer than this are scanned in overlapping windows, so patterns stay shallow. */
  private static final int WINDOW = 2000;

  private static final String UPPER = "A-ZÁÉÍÓÚÑÜ";
  private static final String LOWER = "a-záéíóúñü";

  /**
   * Common given names in Mexico (from the most frequent in the civil registry); a name is one of
   * these followed by capitalised words, as in «María Pérez López».
   */
  private static final String GIVEN =
      "Adriana|Alberto|Alejandra|Alejandro|Alfredo|Alicia|Ana|Andrea|Andrés|Ángel|Angélica|Antonio"
          + "|Armando|Arturo|Beatriz|Blanca|Carlos|Carmen|Catalina|Cecilia|Claudia|Cristina|Daniel"
          + "|Daniela|David|Diana|Diego|Eduardo|Elena|Elizabeth|Enrique|Ernesto|Esperanza|Eva"
          + "|Fernando|Francisco|Gabriel|Gabriela|Gerardo|Guadalupe|Guillermo|Héctor|Hugo|Ignacio"
          + "|Isabel|Jaime|Javier|Jesús|Jorge|José|Josefina|Juan|Juana|Julia|Julio|Karla|Laura"
          + "|Leticia|Lorena|Lucía|Luis|Luz|Manuel|Marco|Margarita|María|Mariana|Mario|Marta|Martha"
          + "|Martín|Mónica|Norma|Óscar|Oscar|Pablo|Patricia|Pedro|Rafael|Raúl|Ramón|Ricardo"
          + "|Roberto|Rocío|Rodrigo|Rosa|Rosario|Salvador|Sandra|Sergio|Silvia|Sofía|Teresa|Valeria"
          + "|Verónica|Víctor|Yolanda";

  private static final String SURNAME = "[" + UPPER + "][" + LOWER + "]{2,}";
  private static final String PARTICLE = "(?:(?:de|del|de la|de los) )?";

  private static final Pattern NAME =
      Pattern.compile(
          "(?<![\\p{L}])(?:"
              + GIVEN
              + ")(?: (?:"
              + GIVEN
              + "))? "
              + PARTICLE
              + SURNAME
              + "(?: "
              + PARTICLE
              + SURNAME
              + ")?(?![\\p{L}])");

  /**
   * Place names of Mexico City that are people's names (alcaldías and common addresses): never
   * flagged.
   */
  private static final Pattern PLACES =
      Pattern.compile(
          "Benito Juárez|Gustavo A\\. Madero|Venustiano Carranza|Miguel Hidalgo|Álvaro Obregón"
              + "|Magdalena Contreras");

  /** A personal datum in a text: where it is and its kind (Spanish, with article). */
  record Found(int start, int end, String kind) {}

  /** {@code text} with every personal datum replaced by {@value #OMITTED}, and how many. */
  public record Redacted(String text, int count) {}

  /** How many times {@value #OMITTED} stands in {@code text} (null: none). */
  public static int omittedIn(String text) {
    int n = 0;
    if (text != null) {
      for (int at = text.indexOf(OMITTED); at >= 0; at = text.indexOf(OMITTED, at + 1)) {
        n++;
      }
    }
    return n;
  }

  /** Replaces every personal datum of {@code text} by {@value #OMITTED}. */
  public static Redacted redact(String text) {
    if (text == null) {
      return new Redacted(null, 0);
    }
    List<Found> found = find(text);
    if (found.isEmpty()) {
      return new Redacted(text, 0);
    }
    found.sort(java.util.Comparator.comparingInt(Found::start));
    StringBuilder sb = new StringBuilder();
    int at = 0;
    int count = 0;
    for (Found f : found) {
      if (f.start() < at) {
        at = Math.max(at, f.end());
        continue;
      }
      sb.append(text, at, f.start()).append(OMITTED);
      at = f.end();
      count++;
    }
    sb.append(text, at, text.length());
    return new Redacted(sb.toString(), count);
  }

  /** Every personal datum in {@code text}, long texts scanned in overlapping windows. */
  static List<Found> find(String text) {
    java.util.Set<Found> all = new java.util.LinkedHashSet<>();
    if (text.length() <= WINDOW) {
      scan(text, 0, all);
      return new ArrayList<>(all);
    }
    for (int start = 0; start < text.length(); start += WINDOW - 100) {
      int end = Math.min(text.length(), start + WINDOW);
      scan(text.substring(start, end), start, all);
      if (end == text.length()) {
        break;
      }
    }
    return new ArrayList<>(all);
  }

  private static void scan(String text, int offset, java.util.Set<Found> out) {
    add(CURP, text, offset, "una CURP", out);
    add(RFC, text, offset, "un RFC", out);
    if (text.indexOf('@') >= 0) {
      add(EMAIL, text, offset, "un correo electrónico", out);
    }
    Matcher m = DIGIT_RUN.matcher(text);
    while (m.find()) {
      if (isPhone(m.group())) {
        addOnce(out, new Found(offset + m.start(), offset + m.end(), "un número de teléfono"));
      }
    }
    Matcher n = NAME.matcher(text);
    while (n.find()) {
      if (!PLACES.matcher(n.group()).find()) {
        addOnce(out, new Found(offset + n.start(), offset + n.end(), "un nombre de persona"));
      }
    }
  }

  private static void add(
      Pattern p, String text, int offset, String kind, java.util.Set<Found> out) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      addOnce(out, new Found(offset + m.start(), offset + m.end(), kind));
    }
  }

  private static void addOnce(java.util.Set<Found> out, Found f) {
    out.add(f);
  }

  /** The kinds of personal data found in {@code text}, in Spanish with article, in order. */
  static List<String> kinds(String text) {
    if (text.length() > WINDOW) {
      List<String> kinds = new ArrayList<>();
      List<Found> found = find(text);
      for (String k :
          List.of(
              "una CURP",
              "un RFC",
              "un correo electrónico",
              "un número de teléfono",
              "un nombre de persona")) {
        if (found.stream().anyMatch(f -> f.kind().equals(k))) {
          kinds.add(k);
        }
      }
      return kinds;
    }
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
    if (hasCapitalPair(text)
        && NAME.matcher(text).results().anyMatch(m -> !PLACES.matcher(m.group()).find())) {
      kinds.add("un nombre de persona");
    }
    return kinds;
  }

  /** Cheap guard for names: an upper-case letter after a space, twice. */
  private static boolean hasCapitalPair(String text) {
    int n = 0;
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i - 1) == ' ' && Character.isUpperCase(text.charAt(i)) && ++n >= 2) {
        return true;
      }
    }
    return n >= 1 && !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  private static boolean hasPhone(String text) {
    Matcher m = DIGIT_RUN.matcher(text);
    while (m.find()) {
      if (isPhone(m.group())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPhone(String run) {
    int digits = 0;
    for (int i = 0; i < run.length(); i++) {
      digits += Character.isDigit(run.charAt(i)) ? 1 : 0;
    }
    if (digits < 10) {
      return false;
    }
    String number = run.replaceAll("\\D", "");
    boolean country = number.startsWith("52");
    return digits == 10
        || (country && digits == 12)
        || (country && digits == 13 && number.startsWith("521"));
  }
}
