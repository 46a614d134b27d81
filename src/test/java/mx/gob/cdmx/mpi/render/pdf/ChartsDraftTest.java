package mx.gob.cdmx.mpi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import mx.gob.cdmx.mpi.render.report.StatusCount;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * The first pass over a report or packet only learns the page numbers and is thrown away: its
 * charts take exactly their room but are not drawn.
 */
class ChartsDraftTest {

  @Test
  void aDraftChartTakesItsRoomButIsNotDrawn() {
    Image drawn = chart(PdfFonts.load(false));
    Image draft = chart(PdfFonts.load(true));
    assertThat(draft.getWidth()).isEqualTo(drawn.getWidth()).isEqualTo(200f);
    assertThat(draft.getHeight()).isEqualTo(drawn.getHeight()).isEqualTo(120f);
    assertThat(draft.getTemplateData().getInternalBuffer().size()).isZero();
    assertThat(drawn.getTemplateData().getInternalBuffer().size()).isGreaterThan(500);
  }

  private static Image chart(PdfFonts fonts) {
    Document doc = new Document(PageSize.LETTER);
    PdfWriter writer = PdfWriter.getInstance(doc, new ByteArrayOutputStream());
    doc.open();
    JFreeChart chart = Charts.statusCounts(List.<StatusCount>of(), fonts);
    return Charts.image(writer, chart, 200, 120, fonts);
  }
}
