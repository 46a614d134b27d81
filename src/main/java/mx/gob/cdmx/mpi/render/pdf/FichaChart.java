package mx.gob.cdmx.mpi.render.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import mx.gob.cdmx.mpi.render.report.MonthSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The small chart of a ficha: for each month of the year, the target expected to date (grey bars)
 * and what was realized to date (a line with points), drawn as vector graphics with the embedded
 * fonts and only opaque colours (PDF/A-1 forbids transparency).
 */
public final class FichaChart {

  private static final String[] MONTHS = {
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"
  };

  private FichaChart() {}

  public static Image draw(
      PdfWriter writer, PdfFonts fonts, MonthSeries series, float width, float height) {
    return Charts.image(writer, chart(series, fonts), width, height, fonts);
  }

  /** Light grey bars: the cumulative target the schedule expects each month. */
  private static BarRenderer expectedBars() {
    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setSeriesPaint(0, new Color(0xCB, 0xD5, 0xE1));
    bars.setItemMargin(0);
    bars.setDefaultItemLabelsVisible(false);
    return bars;
  }

  /** The accent line with round points, joined across months without data: realized to date. */
  private static LineAndShapeRenderer realizedLine() {
    LineAndShapeRenderer line = new JoiningLineRenderer();
    line.setSeriesPaint(0, PdfColors.ACCENT);
    line.setSeriesStroke(0, new BasicStroke(1.5f));
    line.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
    return line;
  }

  static JFreeChart chart(MonthSeries series, PdfFonts fonts) {
    DefaultCategoryDataset expected = new DefaultCategoryDataset();
    DefaultCategoryDataset realized = new DefaultCategoryDataset();
    boolean hasExpected = series.expected().stream().anyMatch(v -> v != null);
    for (int m = 0; m < 12; m++) {
      if (hasExpected) {
        expected.addValue(number(series.expected().get(m)), "Meta acumulada esperada", MONTHS[m]);
      }
      realized.addValue(number(series.realized().get(m)), "Realizado acumulado", MONTHS[m]);
    }
    Font font = fonts.awt(false, TypeScale.CHART);
    CategoryAxis x = new CategoryAxis();
    x.setTickLabelFont(font);
    x.setCategoryMargin(0.2);
    x.setMaximumCategoryLabelWidthRatio(2f);
    x.setTickMarksVisible(false);
    x.setLowerMargin(0.01);
    x.setUpperMargin(0.01);
    NumberAxis y = new NumberAxis();
    y.setTickLabelFont(font);
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    y.setAutoRangeIncludesZero(true);
    y.setTickLabelPaint(PdfColors.INK);
    y.setNumberFormatOverride(esMx());
    x.setTickLabelPaint(PdfColors.INK);

    CategoryPlot plot = new CategoryPlot(expected, x, y, expectedBars());
    plot.setDataset(1, realized);
    plot.setRenderer(1, realizedLine());
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(PdfColors.RULE);
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    plot.setDomainGridlinesVisible(false);
    plot.setOutlineVisible(false);
    plot.setBackgroundAlpha(1.0f);
    plot.setForegroundAlpha(1.0f);

    JFreeChart chart = new JFreeChart(null, font, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(false);
    chart.setTextAntiAlias(false);
    chart.setBorderVisible(false);
    LegendTitle legend = chart.getLegend();
    legend.setItemFont(font);
    legend.setItemPaint(PdfColors.INK);
    legend.setFrame(BlockBorder.NONE);
    legend.setBackgroundPaint(Color.WHITE);
    legend.setPosition(RectangleEdge.BOTTOM);
    return chart;
  }

  /** Axis numbers as es-MX writes them, whatever the machine's locale. */
  private static DecimalFormat esMx() {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator(',');
    symbols.setDecimalSeparator('.');
    return new DecimalFormat("#,##0.##", symbols);
  }

  private static Number number(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  /**
   * A line renderer that joins each point to the previous point of its series even across months
   * without a value (quarterly data has a point every third month), so the chart draws the line its
   * legend shows.
   */
  private static final class JoiningLineRenderer extends LineAndShapeRenderer {
    private static final long serialVersionUID = 1L;

    JoiningLineRenderer() {
      super(true, true);
    }

    @Override
    public void drawItem(
        Graphics2D g2,
        CategoryItemRendererState state,
        Rectangle2D dataArea,
        CategoryPlot plot,
        CategoryAxis domainAxis,
        ValueAxis rangeAxis,
        CategoryDataset dataset,
        int row,
        int column,
        int pass) {
      Number value = dataset.getValue(row, column);
      int previous = column - 1;
      while (previous >= 0 && dataset.getValue(row, previous) == null) {
        previous--;
      }
      if (pass == 0 && value != null && previous >= 0 && previous < column - 1) {
        int columns = dataset.getColumnCount();
        double x0 =
            domainAxis.getCategoryMiddle(previous, columns, dataArea, plot.getDomainAxisEdge());
        double x1 =
            domainAxis.getCategoryMiddle(column, columns, dataArea, plot.getDomainAxisEdge());
        double y0 =
            rangeAxis.valueToJava2D(
                dataset.getValue(row, previous).doubleValue(), dataArea, plot.getRangeAxisEdge());
        double y1 = rangeAxis.valueToJava2D(value.doubleValue(), dataArea, plot.getRangeAxisEdge());
        g2.setPaint(getItemPaint(row, column));
        g2.setStroke(getItemStroke(row, column));
        g2.draw(new Line2D.Double(x0, y0, x1, y1));
      }
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    }
  }
}
