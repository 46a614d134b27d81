package mx.gob.cdmx.mpi.render.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import mx.gob.cdmx.mpi.evaluate.Status;

/**
 * How the PDFs show a status without relying on colour (docs/informes.md, «Accesibilidad»): a
 * symbol of its own before its word (● Verde, ▲ Amarillo, ◆ Rojo…), a symbol colour dark enough to
 * read on white, and for bars and areas a fill whose lightness differs clearly between green
 * (medium), yellow (light) and red (dark) — so that they stay apart in greyscale and for
 * deuteranopia or protanopia — plus a pattern of lines of its own and a dark outline.
 */
public enum StatusMark {
  GREEN(Status.GREEN, "●", "#15803D", "#16A34A", Pattern.SOLID),
  YELLOW(Status.YELLOW, "▲", "#A16207", "#FDE047", Pattern.DIAGONAL),
  RED(Status.RED, "◆", "#991B1B", "#991B1B", Pattern.CROSS),
  PARTIAL(Status.PARTIAL, "◐", "#1D4ED8", "#BFDBFE", Pattern.VERTICAL),
  NOT_DUE(Status.NOT_DUE, "◷", "#6D28D9", "#DDD6FE", Pattern.HORIZONTAL),
  NO_DATA(Status.NO_DATA, "○", "#4B5563", "#FFFFFF", Pattern.SOLID),
  NO_TARGET(Status.NO_TARGET, "□", "#374151", "#D1D5DB", Pattern.BACK_DIAGONAL);

  /** The lines drawn over a fill. */
  public enum Pattern {
    SOLID,
    DIAGONAL,
    BACK_DIAGONAL,
    CROSS,
    VERTICAL,
    HORIZONTAL
  }

  private static final float SPACING = 4f;

  private final Status status;
  private final String symbol;
  private final Color mark;
  private final Color fill;
  private final Pattern pattern;

  StatusMark(Status status, String symbol, String mark, String fill, Pattern pattern) {
    this.status = status;
    this.symbol = symbol;
    this.mark = PdfColors.hex(mark);
    this.fill = PdfColors.hex(fill);
    this.pattern = pattern;
  }

  /** The mark of {@code status}. */
  public static StatusMark of(Status status) {
    for (StatusMark m : values()) {
      if (m.status == status) {
        return m;
      }
    }
    throw new IllegalArgumentException("no mark for " + status);
  }

  /** The mark of the status whose stable code is {@code code} (e.g. {@code no-data}). */
  public static StatusMark ofCode(String code) {
    for (StatusMark m : values()) {
      if (m.status.code().equals(code)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown status code " + code);
  }

  /** The status. */
  public Status status() {
    return status;
  }

  /** The status's Spanish word ("Verde", "Sin datos"…). */
  public String word() {
    return status.word();
  }

  /** The symbol written before the status word. */
  public String symbol() {
    return symbol;
  }

  /** The colour of the symbol and of thin marks on white (contrast at least 3:1 on white). */
  public Color mark() {
    return mark;
  }

  /** The colour of bars and filled areas. */
  public Color fill() {
    return fill;
  }

  /** The lines drawn over the fill. */
  public Pattern pattern() {
    return pattern;
  }

  /** The colour of text written on {@link #fill()}: white on dark fills, ink on light ones. */
  public Color textOnFill() {
    return luminance(fill) < 0.18 ? Color.WHITE : PdfColors.INK;
  }

  /** Fills {@code shape} with the fill, the pattern's lines and a dark outline. */
  public void paint(Graphics2D g2, Shape shape) {
    g2.setPaint(fill);
    g2.fill(shape);
    if (pattern != Pattern.SOLID) {
      Shape clip = g2.getClip();
      g2.clip(shape);
      g2.setPaint(luminance(fill) < 0.18 ? Color.WHITE : PdfColors.INK);
      g2.setStroke(new BasicStroke(0.6f));
      Rectangle2D r = shape.getBounds2D();
      lines(g2, r);
      g2.setClip(clip);
    }
    g2.setPaint(PdfColors.INK);
    g2.setStroke(new BasicStroke(0.5f));
    g2.draw(shape);
  }

  private void lines(Graphics2D g2, Rectangle2D r) {
    double x0 = r.getMinX();
    double y0 = r.getMinY();
    double w = r.getWidth();
    double h = r.getHeight();
    boolean forward = pattern == Pattern.DIAGONAL || pattern == Pattern.CROSS;
    boolean backward = pattern == Pattern.BACK_DIAGONAL || pattern == Pattern.CROSS;
    for (double d = -h; d < w + h; d += SPACING) {
      if (forward) {
        g2.draw(new Line2D.Double(x0 + d, y0 + h, x0 + d + h, y0));
      }
      if (backward) {
        g2.draw(new Line2D.Double(x0 + d, y0, x0 + d + h, y0 + h));
      }
    }
    if (pattern == Pattern.VERTICAL) {
      for (double x = x0 + SPACING / 2; x < x0 + w; x += SPACING) {
        g2.draw(new Line2D.Double(x, y0, x, y0 + h));
      }
    }
    if (pattern == Pattern.HORIZONTAL) {
      for (double y = y0 + SPACING / 2; y < y0 + h; y += SPACING) {
        g2.draw(new Line2D.Double(x0, y, x0 + w, y));
      }
    }
  }

  /** Relative luminance of an sRGB colour (WCAG 2). */
  public static double luminance(Color c) {
    return 0.2126 * linear(c.getRed())
        + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue());
  }

  /** An sRGB channel (0–255) as linear light (0–1). */
  public static double linear(int channel) {
    double v = channel / 255.0;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }
}
