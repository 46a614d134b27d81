package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The small chart of a ficha: for each month of the year, the target expected to date (grey
 * bars) and what was realized to date (a line with points), drawn as vector graphics with the
 * embedded fonts and only opaque colours (PDF/A-1 forbids transparency).
 */
final class FichaChart {

  private static final String[] MONTHS =
      {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"};

  private FichaChart() {}

  static Image draw(PdfContentByte cb, Style style, MonthSeries series, float width,
      float height) {
    JFreeChart chart = chart(series);
    PdfTemplate template = cb.createTemplate(width, height);
    Graphics2D g2 = template.createGraphics(width, height, mapper(style));
    try {
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g2.dispose();
    }
    return Image.getInstance(template);
  }

  private static JFreeChart chart(MonthSeries series) {
    DefaultCategoryDataset expected = new DefaultCategoryDataset();
    DefaultCategoryDataset realized = new DefaultCategoryDataset();
    boolean hasExpected = series.expected().stream().anyMatch(v -> v != null);
    for (int m = 0; m < 12; m++) {
      if (hasExpected) {
        expected.addValue(number(series.expected().get(m)), "Meta acumulada esperada", MONTHS[m]);
      }
      realized.addValue(number(series.realized().get(m)), "Realizado acumulado", MONTHS[m]);
    }
    Font font = new Font("DejaVu Sans", Font.PLAIN, 7);
    CategoryAxis x = new CategoryAxis();
    x.setTickLabelFont(font);
    x.setCategoryMargin(0.2);
    x.setLowerMargin(0.01);
    x.setUpperMargin(0.01);
    NumberAxis y = new NumberAxis();
    y.setTickLabelFont(font);
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    y.setAutoRangeIncludesZero(true);

    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setSeriesPaint(0, new Color(0xCB, 0xD5, 0xE1));
    bars.setItemMargin(0);
    bars.setDefaultItemLabelsVisible(false);

    LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
    line.setSeriesPaint(0, Style.ACCENT);
    line.setSeriesStroke(0, new BasicStroke(1.5f));
    line.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));

    CategoryPlot plot = new CategoryPlot(expected, x, y, bars);
    plot.setDataset(1, realized);
    plot.setRenderer(1, line);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Style.RULE);
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
    legend.setFrame(BlockBorder.NONE);
    legend.setBackgroundPaint(Color.WHITE);
    legend.setPosition(RectangleEdge.BOTTOM);
    return chart;
  }

  private static Number number(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  /** Every AWT font to the embedded DejaVu Sans: bold to the bold face, anything else regular. */
  static FontMapper mapper(Style style) {
    return new FontMapper() {
      @Override
      public BaseFont awtToPdf(Font font) {
        return font.isBold() ? style.bold : style.regular;
      }

      @Override
      public Font pdfToAwt(BaseFont font, int size) {
        return new Font("DejaVu Sans", font == style.bold ? Font.BOLD : Font.PLAIN, size);
      }
    };
  }
}
