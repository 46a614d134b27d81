package mx.gob.cdmx.mpi.render.pdf;

import java.awt.Color;
import mx.gob.cdmx.mpi.evaluate.Status;

/** The palette of the PDFs: text, rules, fills, the accent, and the colour of each status. */
public final class PdfColors {

  /** Body text. */
  public static final Color INK = hex("#111827");

  /** Secondary text: captions, labels, header and footer. */
  public static final Color MUTED = hex("#4B5563");

  /** Table rules and borders. */
  public static final Color RULE = hex("#D1D5DB");

  /** Background of table headers. */
  public static final Color HEADER_FILL = hex("#F3F4F6");

  /** Background of a highlighted note (e.g. why a figure is missing). */
  public static final Color NOTE_FILL = hex("#FFFBEB");

  /** The institution's accent (guinda) for titles and rules. */
  public static final Color ACCENT = hex("#9F2241");

  /** The red of the semáforo, for flags that ask for action (e.g. «Sin acción correctiva»). */
  public static final Color ALERT = of(Status.RED);

  private PdfColors() {}

  /** The colour of a status, from {@link Status#color()}. */
  public static Color of(Status status) {
    return hex(status.color());
  }

  /** A colour written {@code #RRGGBB}. */
  public static Color hex(String rgb) {
    if (rgb == null || !rgb.matches("#[0-9A-Fa-f]{6}")) {
      throw new IllegalArgumentException("expected #RRGGBB: " + rgb);
    }
    return new Color(Integer.parseInt(rgb.substring(1), 16));
  }
}
