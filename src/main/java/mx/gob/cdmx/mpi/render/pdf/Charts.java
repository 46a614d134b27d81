package mx.gob.cdmx.mpi.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.StatusCount;
import mx.gob.cdmx.mpi.render.report.StatusView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LevelRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextFragment;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts, drawn with JFreeChart into the PDF as vector graphics ({@link #image}):
 * every text goes through {@link PdfFonts#fontMapper()}, so it is embedded DejaVu, never a base-14
 * font; every colour is opaque (PDF/A-1 allows no transparency). Each bar's status is written
 * beside it, so colour is never the only sign.
 */
public final class Charts {

  /** Height of one indicator row of the progress chart, in points. */
  public static final float PROGRESS_ROW = 21;

  private static final Color GRID = new Color(0xE5E7EB);
  private static final Color TRACK_LINE = PdfColors.INK;
  private static final int NAME_CHARS = 46;

  private Charts() {}

  /**
   * Progress toward the annual goal of each indicator in {@code rows} (those with a scheduled
   * numeric target): a bar in its status colour, a black mark where the schedule expects it, the
   * dashed 100 % line; left of each bar the id and name, and below them "● status — avance x %,
   * esperado y %".
   */
  public static JFreeChart progress(List<IndicatorView> rows, PdfFonts fonts) {
    double scale = scaleMax(rows);
    DefaultCategoryDataset actual = new DefaultCategoryDataset();
    DefaultCategoryDataset expected = new DefaultCategoryDataset();
    Map<String, IndicatorView> byKey = new LinkedHashMap<>();
    for (IndicatorView v : rows) {
      byKey.put(v.id(), v);
      actual.addValue(
          v.progress().value() == null ? 0 : Math.min(v.progress().value().doubleValue(), scale),
          "Avance acumulado",
          v.id());
      expected.addValue(
          v.progress().expectedValue() == null ? null : v.progress().expectedValue().doubleValue(),
          "Esperado según el calendario",
          v.id());
    }
    BarRenderer bars =
        new BarRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public java.awt.Paint getItemPaint(int row, int column) {
            String key = (String) getPlot().getDataset(0).getColumnKey(column);
            return PdfColors.hex(byKey.get(key).status().color());
          }
        };
    styleBars(bars, fonts);
    bars.setDefaultItemLabelsVisible(false);
    LevelRenderer marks = new LevelRenderer();
    marks.setDefaultPaint(TRACK_LINE);
    marks.setSeriesPaint(0, TRACK_LINE);
    marks.setDefaultStroke(new BasicStroke(2.2f));
    marks.setSeriesStroke(0, new BasicStroke(2.2f));
    marks.setItemMargin(0);
    marks.setMaximumItemWidth(0.9);

    CategoryAxis names =
        new CategoryAxis() {
          private static final long serialVersionUID = 1L;

          @Override
          @SuppressWarnings("rawtypes") // JFreeChart's signature
          protected TextBlock createLabel(
              Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
            IndicatorView v = byKey.get((String) category);
            TextBlock block = new TextBlock();
            TextLine first = new TextLine();
            first.addFragment(new TextFragment(v.id() + "  ", fonts.awt(true, 7f), PdfColors.INK));
            first.addFragment(
                new TextFragment(
                    shorten(v.name(), NAME_CHARS), fonts.awt(false, 7f), PdfColors.INK));
            block.addLine(first);
            TextLine second = new TextLine();
            second.addFragment(
                new TextFragment("● ", fonts.awt(false, 7.5f), PdfColors.hex(v.status().color())));
            second.addFragment(
                new TextFragment(v.statusText(), fonts.awt(true, 6.8f), PdfColors.INK));
            String figures =
                v.progress().value() == null
                    ? "sin avance calculable"
                    : "avance " + v.progress().text();
            if (v.progress().expectedValue() != null) {
              figures += ", esperado " + v.progress().expected();
            }
            second.addFragment(
                new TextFragment(" — " + figures, fonts.awt(false, 6.8f), PdfColors.MUTED));
            block.addLine(second);
            block.setLineAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
            return block;
          }
        };
    names.setCategoryMargin(0.25);
    names.setLowerMargin(0.01);
    names.setUpperMargin(0.01);
    names.setMaximumCategoryLabelWidthRatio(0.5f);
    names.setTickMarksVisible(false);
    names.setAxisLineVisible(false);

    NumberAxis percent = percentAxis(scale + 8, fonts);
    CategoryPlot plot = new CategoryPlot(actual, names, percent, bars);
    plot.setDataset(1, expected);
    plot.setRenderer(1, marks);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    ValueMarker goal =
        new ValueMarker(
            100,
            PdfColors.INK,
            new BasicStroke(
                0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 2}, 0));
    plot.addRangeMarker(goal, org.jfree.chart.ui.Layer.FOREGROUND);
    stylePlot(plot);
    return chart(plot);
  }

  /** The height the progress chart needs for {@code rows} indicators, in points. */
  public static float progressHeight(int rows) {
    return Math.max(1, rows) * PROGRESS_ROW + 34;
  }

  /** How many indicators have each status: one bar per status in its colour, word and count. */
  public static JFreeChart statusCounts(List<StatusCount> counts, PdfFonts fonts) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Map<String, StatusCount> byKey = new LinkedHashMap<>();
    int max = 1;
    for (StatusCount c : counts) {
      byKey.put(c.status().word(), c);
      data.addValue(c.count(), "Indicadores", c.status().word());
      max = Math.max(max, c.count());
    }
    BarRenderer bars =
        new BarRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public java.awt.Paint getItemPaint(int row, int column) {
            String key = (String) getPlot().getDataset(0).getColumnKey(column);
            return PdfColors.hex(byKey.get(key).status().color());
          }
        };
    styleBars(bars, fonts);
    bars.setDefaultItemLabelGenerator(
        labels(
            key -> {
              StatusCount c = byKey.get(key);
              return c.count() + " (" + c.share() + ")";
            }));
    CategoryAxis words =
        new CategoryAxis() {
          private static final long serialVersionUID = 1L;

          @Override
          @SuppressWarnings("rawtypes") // JFreeChart's signature
          protected TextBlock createLabel(
              Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
            StatusView s = byKey.get((String) category).status();
            TextBlock block = new TextBlock();
            TextLine line = new TextLine();
            line.addFragment(
                new TextFragment("● ", fonts.awt(false, 8f), PdfColors.hex(s.color())));
            line.addFragment(new TextFragment(s.word(), fonts.awt(false, 7.5f), PdfColors.INK));
            block.addLine(line);
            return block;
          }
        };
    words.setCategoryMargin(0.3);
    words.setLowerMargin(0.02);
    words.setUpperMargin(0.02);
    words.setTickMarksVisible(false);
    words.setAxisLineVisible(false);
    NumberAxis number = new NumberAxis();
    number.setRange(0, Math.ceil(max * 1.45) + 1);
    number.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    number.setTickLabelFont(fonts.awt(false, 6.5f));
    number.setTickLabelPaint(PdfColors.MUTED);
    number.setAxisLineVisible(false);
    number.setTickMarksVisible(false);
    number.setNumberFormatOverride(esMx("#,##0"));
    CategoryPlot plot = new CategoryPlot(data, words, number, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    stylePlot(plot);
    return chart(plot);
  }

  /**
   * {@code chart} drawn as vector graphics into a PDF template of {@code width} × {@code height}
   * points, wrapped as an image element that flows with the text.
   */
  public static Image image(
      PdfWriter writer, JFreeChart chart, float width, float height, PdfFonts fonts) {
    PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
    Graphics2D g2 = template.createGraphics(width, height, fonts.fontMapper());
    try {
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g2.dispose();
    }
    try {
      return Image.getInstance(template);
    } catch (BadElementException e) {
      throw new IllegalStateException("cannot wrap chart", e);
    }
  }

  /** The progress scale's end in %: 100 or the largest figure, rounded up to 25, at most 200. */
  static double scaleMax(List<IndicatorView> rows) {
    double max = 100;
    for (IndicatorView v : rows) {
      for (BigDecimal b : new BigDecimal[] {v.progress().value(), v.progress().expectedValue()}) {
        if (b != null) {
          max = Math.max(max, b.doubleValue());
        }
      }
    }
    return Math.min(200, Math.ceil(max / 25) * 25);
  }

  private static NumberAxis percentAxis(double upper, PdfFonts fonts) {
    NumberAxis axis = new NumberAxis();
    axis.setRange(0, upper);
    axis.setTickUnit(new NumberTickUnit(25, esMx("0' %'")));
    axis.setTickLabelFont(fonts.awt(false, 6.5f));
    axis.setTickLabelPaint(PdfColors.MUTED);
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(false);
    return axis;
  }

  @SuppressWarnings("deprecation") // setItemLabelAnchorOffset has no replacement in 1.5
  private static void styleBars(BarRenderer bars, PdfFonts fonts) {
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setItemMargin(0);
    bars.setMaximumBarWidth(0.9);
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(fonts.awt(false, 6.8f));
    bars.setDefaultItemLabelPaint(PdfColors.INK);
    bars.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    bars.setItemLabelAnchorOffset(3);
  }

  private static void stylePlot(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    plot.setDomainGridlinesVisible(false);
    plot.setInsets(new RectangleInsets(2, 2, 2, 8));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
  }

  private static JFreeChart chart(CategoryPlot plot) {
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(2, 2, 2, 2));
    chart.setAntiAlias(true);
    return chart;
  }

  private static CategoryItemLabelGenerator labels(java.util.function.Function<String, String> f) {
    return new CategoryItemLabelGenerator() {
      @Override
      public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
      }

      @Override
      public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
      }

      @Override
      public String generateLabel(CategoryDataset dataset, int row, int column) {
        return f.apply((String) dataset.getColumnKey(column));
      }
    };
  }

  private static DecimalFormat esMx(String pattern) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator(',');
    symbols.setDecimalSeparator('.');
    DecimalFormat f = new DecimalFormat(pattern, symbols);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  private static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)).strip() + "…";
  }
}
