package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Font;
import java.awt.Color;
import mx.gob.cdmx.mpi.render.pdf.PdfColors;
import mx.gob.cdmx.mpi.render.pdf.PdfFonts;

/** The packet's fonts (the reports' embedded DejaVu Sans, fresh per document) and colours. */
final class Style {

  static final Color INK = PdfColors.INK;
  static final Color MUTED = PdfColors.MUTED;
  static final Color RULE = PdfColors.RULE;
  static final Color SHADE = PdfColors.HEADER_FILL;
  static final Color NOTE = PdfColors.NOTE_FILL;
  static final Color ACCENT = PdfColors.ACCENT;
  static final Color ALERT = PdfColors.ALERT;

  final PdfFonts fonts;

  /** The style of one pass; a {@code draft} pass lays pages out without drawing charts. */
  Style(boolean draft) {
    this.fonts = PdfFonts.load(draft);
  }

  /** {@code #RRGGBB} as a colour. */
  static Color color(String hex) {
    return PdfColors.hex(hex);
  }

  Font font(float size) {
    return fonts.font(size);
  }

  Font font(float size, Color color) {
    return fonts.font(size, false, color);
  }

  Font bold(float size) {
    return fonts.bold(size);
  }

  Font bold(float size, Color color) {
    return fonts.font(size, true, color);
  }
}
