package mx.gob.cdmx.mpi.diagnostics;

/**
 * How a text read from a file is shown in a message: control characters escaped visibly ({@code
 * \n}, {@code \r}, {@code \e}, {@code \x07}…; tabs are kept) so that it can neither break a line of
 * our output nor drive a terminal, and long values cut to a few dozen characters
 * (docs/seguridad.md).
 */
public final class Shown {
  private Shown() {}

  /** The longest excerpt of a value shown in a message, in characters. */
  public static final int EXCERPT = 40;

  /**
   * {@code text} with every control character (C0, DEL, C1, and the Unicode line and paragraph
   * separators and bidirectional controls) escaped visibly.
   */
  public static String escaped(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String rep = escape(c);
      if (rep != null && sb == null) {
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * A value for a message: escaped, and when longer than {@value #EXCERPT} characters its start and
   * its length, as in {@code 12345678901234567890…(1000000 caracteres)}.
   */
  public static String excerpt(String text) {
    if (text == null) {
      return null;
    }
    if (text.length() <= EXCERPT) {
      return escaped(text);
    }
    int end = EXCERPT - 10;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return escaped(text.substring(0, end)) + "…(" + text.length() + " caracteres)";
  }

  private static String escape(char c) {
    String named =
        switch (c) {
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case 0x1B -> "\\e";
          default -> null;
        };
    if (named != null) {
      return named;
    }
    if (c == '\t') {
      return null;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return String.format("\\x%02X", (int) c);
    }
    if (c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F') {
      return String.format("\\u%04X", (int) c);
    }
    return null;
  }
}
