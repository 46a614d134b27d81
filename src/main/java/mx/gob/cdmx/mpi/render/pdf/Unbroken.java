package mx.gob.cdmx.mpi.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.util.regex.Pattern;

/**
 * Text that must not break where OpenPDF would break it: a number and its unit stay on one line
 * ("75.0 %" and "> 110" are written with a no-break space), and file names and codes break only at
 * spaces and after a slash, never at their hyphens ({@code 2025-enero-junio.csv}).
 */
public final class Unbroken {

  private static final Pattern NUMBER_UNIT = Pattern.compile("(\\d) (%)");
  private static final Pattern SIGN_NUMBER = Pattern.compile("([≥≤<>]) (\\d)");

  /** Breaks at spaces and after '/' or '\', never at a hyphen. */
  public static final SplitCharacter SPACES_AND_SLASHES =
      new SplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
          char c = cc[current];
          return c <= ' ' || c == '/' || c == '\\';
        }
      };

  private Unbroken() {}

  /**
   * {@code text} with a no-break space between each number and its "%", and between a comparison
   * sign and its number ("> 110 %" never leaves "&gt;" alone at the end of a line).
   */
  public static String units(String text) {
    if (text == null || !mayNeedNoBreak(text)) {
      return text; // most cells (a national annex has 1.7 million) hold neither
    }
    String kept = NUMBER_UNIT.matcher(text).replaceAll("$1\u00A0$2");
    return SIGN_NUMBER.matcher(kept).replaceAll("$1\u00A0$2");
  }

  /**
   * True if {@code text} holds a space before «%» or a comparison sign: what {@link #units} joins.
   */
  private static boolean mayNeedNoBreak(String text) {
    if (text.contains(" %")) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '≥' || c == '≤' || c == '<' || c == '>') {
        return true;
      }
    }
    return false;
  }

  /** A chunk of {@code text} (units kept together) that breaks only at spaces and slashes. */
  public static Chunk chunk(String text, Font font) {
    Chunk c = new Chunk(units(text), font);
    c.setSplitCharacter(SPACES_AND_SLASHES);
    return c;
  }
}
