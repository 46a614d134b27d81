package mx.gob.cdmx.mpi.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import mx.gob.cdmx.mpi.render.report.ChartScale;
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
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LevelRenderer;
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

  /** Height of one line of a chart label, in points. */
  private static final float LINE = TypeScale.CHART * 1.2f;

  /** Share of the progress chart's width given to the indicator names. */
  private static final float NAME_SHARE = 0.6f;

  private static final Color GRID = new Color(0xE5E7EB);
  private static final Color TRACK_LINE = PdfColors.INK;
  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  private Charts() {}

  /**
   * Progress toward the annual goal of each indicator in {@code rows} (those with a scheduled
   * numeric target): a bar in its status colour, a black mark where the schedule expects it, the
   * dashed 100 % line; left of each bar the id and name, and below them "● status — avance x %,
   * esperado y %".
   */
  public static JFreeChart progress(List<IndicatorView> rows, PdfFonts fonts, float width) {
    return progress(rows, fonts, width, ChartScale.of(rows));
  }

  /**
   * {@link #progress(List, PdfFonts, float)} on the axis of {@code scale} %: one page of a chart
   * split over several, all parts on the same axis.
   */
  public static JFreeChart progress(
      List<IndicatorView> rows, PdfFonts fonts, float width, double scale) {
    float nameWidth = width * NAME_SHARE - 8;
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
    BarRenderer bars = new BarRenderer();
    styleBars(bars, fonts, key -> StatusMark.ofCode(byKey.get(key).status().code()));
    bars.setDefaultItemLabelsVisible(false);
    LevelRenderer marks = expectedMarks();

    CategoryAxis names =
        new CategoryAxis() {
          private static final long serialVersionUID = 1L;

          @Override
          @SuppressWarnings("rawtypes") // JFreeChart's signature
          protected TextBlock createLabel(
              Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
            IndicatorView v = byKey.get((String) category);
            return progressLabel(v, fonts, nameWidth);
          }
        };
    names.setCategoryMargin(0.25);
    names.setLowerMargin(0.01);
    names.setUpperMargin(0.01);
    names.setMaximumCategoryLabelWidthRatio(NAME_SHARE);
    names.setTickMarksVisible(false);
    names.setAxisLineVisible(false);

    // past 100 % the labels («125 %», «150 %»…) would run together at a step of 25
    NumberAxis percent = percentAxis(scale + 8, scale > 100 ? 50 : 25, fonts);
    CategoryPlot plot = new CategoryPlot(actual, names, percent, bars);
    plot.setDataset(1, expected);
    plot.setRenderer(1, marks);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.addRangeMarker(goalLine(), org.jfree.chart.ui.Layer.FOREGROUND);
    stylePlot(plot);
    return chart(plot);
  }

  /** Black marks where the schedule expects the progress to be. */
  private static LevelRenderer expectedMarks() {
    LevelRenderer marks = new LevelRenderer();
    marks.setDefaultPaint(TRACK_LINE);
    marks.setSeriesPaint(0, TRACK_LINE);
    marks.setDefaultStroke(new BasicStroke(2.2f));
    marks.setSeriesStroke(0, new BasicStroke(2.2f));
    marks.setItemMargin(0);
    marks.setMaximumItemWidth(0.9);
    return marks;
  }

  /** The dashed line at 100 %: the annual goal. */
  private static ValueMarker goalLine() {
    return new ValueMarker(
        100,
        PdfColors.INK,
        new BasicStroke(
            0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 2}, 0));
  }

  /**
   * The height the progress chart of {@code width} points needs for {@code rows}: every row gets
   * the room of the longest label (its wrapped name and the status line), in points.
   */
  public static float progressHeight(List<IndicatorView> rows, PdfFonts fonts, float width) {
    int lines = 1;
    for (IndicatorView v : rows) {
      lines = Math.max(lines, nameLines(v, fonts, width * NAME_SHARE - 8).size());
    }
    return Math.max(1, rows.size()) * ((lines + 1) * LINE + 7) + 34;
  }

  /**
   * How many of {@code rows}, from index {@code from} on, fit in a progress chart at most {@code
   * room} points high ({@link #progressHeight}); 0 when not even one does.
   */
  public static int progressFit(
      List<IndicatorView> rows, int from, PdfFonts fonts, float width, float room) {
    int lines = 1;
    int n = 0;
    for (int i = from; i < rows.size(); i++) {
      int l = Math.max(lines, nameLines(rows.get(i), fonts, width * NAME_SHARE - 8).size());
      if ((n + 1) * ((l + 1) * LINE + 7) + 34 > room) {
        break;
      }
      lines = l;
      n++;
    }
    return n;
  }

  /** The label of one progress row: id and whole name, wrapped, then symbol, status and figures. */
  private static TextBlock progressLabel(IndicatorView v, PdfFonts fonts, float width) {
    TextBlock block = new TextBlock();
    List<String> lines = nameLines(v, fonts, width);
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = new TextLine();
      if (i == 0) {
        line.addFragment(
            new TextFragment(v.id() + "  ", fonts.awt(true, TypeScale.CHART), PdfColors.INK));
      }
      line.addFragment(
          new TextFragment(lines.get(i), fonts.awt(false, TypeScale.CHART), PdfColors.INK));
      block.addLine(line);
    }
    StatusMark mark = StatusMark.ofCode(v.status().code());
    TextLine second = new TextLine();
    second.addFragment(
        new TextFragment(mark.symbol() + " ", fonts.awt(false, TypeScale.CHART + 1), mark.mark()));
    second.addFragment(
        new TextFragment(v.statusText(), fonts.awt(true, TypeScale.CHART), PdfColors.INK));
    String figures =
        v.progress().value() == null ? "sin avance calculable" : "avance " + v.progress().text();
    if (v.progress().expectedValue() != null) {
      figures += ", esperado " + v.progress().expected();
    }
    second.addFragment(
        new TextFragment(" — " + figures, fonts.awt(false, TypeScale.CHART), PdfColors.INK));
    block.addLine(second);
    block.setLineAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    return block;
  }

  /** The indicator's name wrapped at word boundaries to {@code width} points (the id before it). */
  static List<String> nameLines(IndicatorView v, PdfFonts fonts, float width) {
    double idWidth =
        fonts.awt(true, TypeScale.CHART).getStringBounds(v.id() + "  ", MEASURE).getWidth();
    java.awt.Font font = fonts.awt(false, TypeScale.CHART);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    double room = width - idWidth;
    for (String word : v.name().strip().split("\\s+", -1)) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && font.getStringBounds(candidate, MEASURE).getWidth() > room) {
        lines.add(line.toString());
        line = new StringBuilder(word);
        room = width;
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
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
    BarRenderer bars = new BarRenderer();
    styleBars(bars, fonts, key -> StatusMark.ofCode(byKey.get(key).status().code()));
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
            StatusMark mark = StatusMark.ofCode(s.code());
            TextBlock block = new TextBlock();
            TextLine line = new TextLine();
            line.addFragment(
                new TextFragment(
                    mark.symbol() + " ", fonts.awt(false, TypeScale.CHART + 1), mark.mark()));
            line.addFragment(
                new TextFragment(s.word(), fonts.awt(false, TypeScale.CHART), PdfColors.INK));
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
    number.setTickLabelFont(fonts.awt(false, TypeScale.CHART));
    number.setTickLabelPaint(PdfColors.INK);
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
    if (!fonts.draft()) { // a draft pass needs only the chart's room (PdfFonts#load(boolean))
      Graphics2D g2 = template.createGraphics(width, height, fonts.fontMapper());
      try {
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
      } finally {
        g2.dispose();
      }
    }
    try {
      return Image.getInstance(template);
    } catch (BadElementException e) {
      throw new IllegalStateException("cannot wrap chart", e);
    }
  }

  private static NumberAxis percentAxis(double upper, double step, PdfFonts fonts) {
    NumberAxis axis = new NumberAxis();
    axis.setRange(0, upper);
    axis.setTickUnit(new NumberTickUnit(step, esMx("0' %'")));
    axis.setTickLabelFont(fonts.awt(false, TypeScale.CHART));
    axis.setTickLabelPaint(PdfColors.INK);
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(false);
    return axis;
  }

  @SuppressWarnings("deprecation") // setItemLabelAnchorOffset has no replacement in 1.5
  private static void styleBars(
      BarRenderer bars, PdfFonts fonts, Function<String, StatusMark> markOf) {
    bars.setBarPainter(new PatternPainter(markOf));
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setItemMargin(0);
    bars.setMaximumBarWidth(0.9);
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(fonts.awt(false, TypeScale.CHART));
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

  private static CategoryItemLabelGenerator labels(Function<String, String> f) {
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

  /** Paints each bar with the fill, pattern and outline of its status ({@link StatusMark}). */
  private static final class PatternPainter implements BarPainter {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, StatusMark> markOf;

    PatternPainter(Function<String, StatusMark> markOf) {
      this.markOf = markOf;
    }

    @Override
    public void paintBar(
        Graphics2D g2,
        BarRenderer renderer,
        int row,
        int column,
        RectangularShape bar,
        RectangleEdge base) {
      String key = (String) renderer.getPlot().getDataset(0).getColumnKey(column);
      markOf.apply(key).paint(g2, bar);
    }

    @Override
    public void paintBarShadow(
        Graphics2D g2,
        BarRenderer renderer,
        int row,
        int column,
        RectangularShape bar,
        RectangleEdge base,
        boolean pegShadow) {
      // no shadows
    }
  }
}
