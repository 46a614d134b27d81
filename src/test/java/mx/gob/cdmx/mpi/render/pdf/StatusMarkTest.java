package mx.gob.cdmx.mpi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The semáforo without colour: green, yellow and red fills stay apart in greyscale and for
 * deuteranopia and protanopia (Machado, Oliveira and Fernandes 2009, full severity, applied in
 * linear RGB), measured as the WCAG contrast ratio between the simulated fills; every status has a
 * symbol and a pattern of its own; the pattern is really drawn.
 */
class StatusMarkTest {

  private static final double[][] PROTANOPIA = {
    {0.152286, 1.052583, -0.204868},
    {0.114503, 0.786281, 0.099216},
    {-0.003882, -0.048116, 1.051998}
  };
  private static final double[][] DEUTERANOPIA = {
    {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}
  };
  private static final List<StatusMark> SEMAFORO =
      List.of(StatusMark.GREEN, StatusMark.YELLOW, StatusMark.RED);

  /** Smallest contrast between two semáforo fills, whatever the vision: 2:1. */
  private static final double MIN_CONTRAST = 2.0;

  @Test
  void semaforoFillsDifferInGreyscale() {
    for (StatusMark a : SEMAFORO) {
      for (StatusMark b : SEMAFORO) {
        if (a != b) {
          assertThat(contrast(luminance(a.fill(), null), luminance(b.fill(), null)))
              .as("%s frente a %s en escala de grises", a, b)
              .isGreaterThanOrEqualTo(MIN_CONTRAST);
        }
      }
    }
  }

  @Test
  void semaforoFillsDifferForDeuteranopiaAndProtanopia() {
    for (double[][] vision : List.of(DEUTERANOPIA, PROTANOPIA)) {
      for (StatusMark a : SEMAFORO) {
        for (StatusMark b : SEMAFORO) {
          if (a != b) {
            assertThat(contrast(luminance(a.fill(), vision), luminance(b.fill(), vision)))
                .as(
                    "%s frente a %s (%s)",
                    a, b, vision == PROTANOPIA ? "protanopia" : "deuteranopia")
                .isGreaterThanOrEqualTo(MIN_CONTRAST);
          }
        }
      }
    }
  }

  /**
   * Hand-checked: #16A34A is 0.2686, #FDE047 0.7465, #991B1B 0.0764 (WCAG formula, worked apart).
   */
  @Test
  void luminanceOfTheFillsIsTheHandComputedOne() {
    assertThat(StatusMark.luminance(StatusMark.GREEN.fill())).isCloseTo(0.2686, within());
    assertThat(StatusMark.luminance(StatusMark.YELLOW.fill())).isCloseTo(0.7465, within());
    assertThat(StatusMark.luminance(StatusMark.RED.fill())).isCloseTo(0.0764, within());
  }

  @Test
  void everyStatusHasItsOwnSymbolAndPattern() {
    Set<String> symbols = new HashSet<>();
    Arrays.stream(StatusMark.values()).forEach(m -> symbols.add(m.symbol()));
    assertThat(symbols).hasSize(StatusMark.values().length);
    assertThat(
            Set.of(SEMAFORO.get(0).pattern(), SEMAFORO.get(1).pattern(), SEMAFORO.get(2).pattern()))
        .hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(StatusMark.class)
  void symbolsAndTextOnFillsAreReadable(StatusMark mark) {
    double white = 1.0;
    assertThat(contrast(StatusMark.luminance(mark.mark()), white))
        .as("símbolo de %s sobre blanco", mark)
        .isGreaterThanOrEqualTo(3.0);
    assertThat(contrast(StatusMark.luminance(mark.textOnFill()), StatusMark.luminance(mark.fill())))
        .as("texto sobre el relleno de %s", mark)
        .isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void patternLinesAreDrawnOverTheFill() {
    BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = img.createGraphics();
    StatusMark.YELLOW.paint(g2, new Rectangle2D.Double(0, 0, 40, 40));
    g2.dispose();
    Set<Integer> colours = new HashSet<>();
    for (int y = 5; y < 35; y++) {
      for (int x = 5; x < 35; x++) {
        colours.add(img.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertThat(colours).contains(StatusMark.YELLOW.fill().getRGB() & 0xFFFFFF);
    assertThat(colours).as("líneas de la trama").hasSizeGreaterThan(1);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.0005);
  }

  /** Luminance of {@code c} as seen with {@code vision} (null: normal vision, greyscale print). */
  private static double luminance(Color c, double[][] vision) {
    double[] rgb = {
      StatusMark.linear(c.getRed()), StatusMark.linear(c.getGreen()), StatusMark.linear(c.getBlue())
    };
    if (vision != null) {
      double[] s = new double[3];
      for (int i = 0; i < 3; i++) {
        s[i] =
            Math.min(
                1,
                Math.max(0, vision[i][0] * rgb[0] + vision[i][1] * rgb[1] + vision[i][2] * rgb[2]));
      }
      rgb = s;
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }

  private static double contrast(double a, double b) {
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }
}
