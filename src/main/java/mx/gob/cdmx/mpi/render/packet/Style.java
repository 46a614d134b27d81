package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** The packet's fonts (DejaVu Sans, embedded) and colours, made afresh for each document. */
final class Style {

  static final Color INK = new Color(0x1F, 0x29, 0x37);
  static final Color MUTED = new Color(0x4B, 0x55, 0x63);
  static final Color RULE = new Color(0xD1, 0xD5, 0xDB);
  static final Color SHADE = new Color(0xF3, 0xF4, 0xF6);
  static final Color ACCENT = new Color(0x6B, 0x1E, 0x3A);
  static final Color ALERT = new Color(0xB9, 0x1C, 0x1C);

  final BaseFont regular;
  final BaseFont bold;

  Style() {
    this.regular = load("/fonts/DejaVuSans.ttf", "regular");
    this.bold = load("/fonts/DejaVuSans-Bold.ttf", "bold");
  }

  Font font(float size) {
    return new Font(regular, size, Font.NORMAL, INK);
  }

  Font font(float size, Color color) {
    return new Font(regular, size, Font.NORMAL, color);
  }

  Font bold(float size) {
    return new Font(bold, size, Font.NORMAL, INK);
  }

  Font bold(float size, Color color) {
    return new Font(bold, size, Font.NORMAL, color);
  }

  /** {@code #RRGGBB} as a colour. */
  static Color color(String hex) {
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }

  private static BaseFont load(String resource, String seed) {
    try (InputStream in = Style.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("falta el tipo de letra " + resource);
      }
      BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
          false, in.readAllBytes(), null);
      font.setSecureRandom(seeded(seed));
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A generator that gives the same subset tag every time, so the bytes never change. */
  private static SecureRandom seeded(String seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is always available", e);
    }
  }
}
