package mx.gob.cdmx.mpi.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Color;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * The DejaVu Sans fonts (regular and bold, from {@code /fonts/} in the jar), embedded in every PDF
 * with Unicode encoding so that accents and symbols such as ≥ survive. One instance per document:
 * its font subsets get fixed name prefixes, so the same document gives the same bytes. Charts use
 * {@link #awt} fonts (same glyphs and metrics) through {@link #fontMapper()}, so their text is
 * embedded too and never falls back to a base-14 font.
 */
public final class PdfFonts {

  private static final String REGULAR = "/fonts/DejaVuSans.ttf";
  private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
  private static final byte[] REGULAR_BYTES = bytes(REGULAR);
  private static final byte[] BOLD_BYTES = bytes(BOLD);

  private final BaseFont regular;
  private final BaseFont bold;
  private final java.awt.Font awtRegular;
  private final java.awt.Font awtBold;
  private final boolean draft;

  private PdfFonts(boolean draft) {
    this.draft = draft;
    this.regular = baseFont("DejaVuSans.ttf", REGULAR_BYTES, 1);
    this.bold = baseFont("DejaVuSans-Bold.ttf", BOLD_BYTES, 2);
    this.awtRegular = awtFont(REGULAR_BYTES);
    this.awtBold = awtFont(BOLD_BYTES);
  }

  /** Fresh fonts for one document. */
  public static PdfFonts load() {
    return new PdfFonts(false);
  }

  /**
   * Fresh fonts for one pass over a document; a {@code draft} pass only lays the pages out (to
   * learn the page numbers the table of contents prints) and is thrown away, so its charts take
   * their room but are not drawn ({@link Charts#image}).
   */
  public static PdfFonts load(boolean draft) {
    return new PdfFonts(draft);
  }

  /** True for the fonts of a draft pass, whose output nobody sees. */
  public boolean draft() {
    return draft;
  }

  /** The regular face, embedded. */
  public BaseFont regular() {
    return regular;
  }

  /** The bold face, embedded. */
  public BaseFont bold() {
    return bold;
  }

  /** The regular face at {@code size} points, in {@link PdfColors#INK}. */
  public Font font(float size) {
    return font(size, false, PdfColors.INK);
  }

  /** The bold face at {@code size} points, in {@link PdfColors#INK}. */
  public Font bold(float size) {
    return font(size, true, PdfColors.INK);
  }

  /** A face at {@code size} points in {@code color}. */
  public Font font(float size, boolean isBold, Color color) {
    return new Font(isBold ? bold : regular, size, Font.NORMAL, color);
  }

  /** The same face as an AWT font of {@code size} points, for charts drawn with Graphics2D. */
  public java.awt.Font awt(boolean isBold, float size) {
    return (isBold ? awtBold : awtRegular).deriveFont(size);
  }

  /** Maps every AWT font to the embedded DejaVu face of the same weight (never base-14). */
  public FontMapper fontMapper() {
    return new FontMapper() {
      @Override
      public BaseFont awtToPdf(java.awt.Font font) {
        return font.isBold() ? bold : regular;
      }

      @Override
      public java.awt.Font pdfToAwt(BaseFont font, int size) {
        return awt(font == bold, size);
      }
    };
  }

  private static BaseFont baseFont(String name, byte[] ttf, long seed) {
    try {
      BaseFont f =
          BaseFont.createFont(
              name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, ttf, null);
      f.setSubset(true);
      // PDF/UA: a CIDSet must list every glyph of the font program; PDF/A-1 still forces one
      f.setIncludeCidSet(false);
      f.setSecureRandom(new SeededRandom(seed));
      return f;
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("cannot load font " + name, e);
    }
  }

  private static java.awt.Font awtFont(byte[] ttf) {
    try {
      return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("cannot load font for charts", e);
    }
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The only randomness OpenPDF uses for a font is the six-letter prefix of its subset name ({@code
   * ABCDEF+DejaVuSans}); a fixed seed per face makes it the same on every run.
   */
  private static final class SeededRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final transient SplittableRandom random;

    SeededRandom(long seed) {
      this.random = new SplittableRandom(seed);
    }

    @Override
    public double nextDouble() {
      return random.nextDouble();
    }
  }
}
