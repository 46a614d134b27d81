package mx.gob.cdmx.mpi.render.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.evaluate.Status;
import mx.gob.cdmx.mpi.render.XlsxFiles;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code mpi evaluate --format xlsx}: the columns of the Spanish CSV ({@link SpanishFields}) in a
 * sheet «evaluación»; figures stored as numbers, the status cell filled with the semáforo colour
 * and holding its word (colour is never alone), header bold and frozen. Same evaluation, same
 * bytes.
 */
public final class EvaluationXlsx {

  private static final int STATUS = SpanishFields.headers().indexOf("estado");

  private static final double WIDE = 48;

  private EvaluationXlsx() {}

  /** The workbook; its internal dates are {@code stamp}. */
  public static byte[] render(Evaluation evaluation, LocalDateTime stamp) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "mpi", "1.0");
      Worksheet ws = wb.newWorksheet("evaluación " + evaluation.period().code());
      List<String> headers = SpanishFields.headers();
      for (int c = 0; c < headers.size(); c++) {
        ws.value(0, c, headers.get(c));
        ws.style(0, c).bold().wrapText(true).verticalAlignment("top").set();
        ws.width(c, c == 1 || c == headers.size() - 1 ? WIDE : 14);
      }
      ws.freezePane(2, 1);
      ws.pageOrientation("landscape");
      ws.setFitToPage(true);
      ws.fitToWidth((short) 1);
      ws.fitToHeight((short) 0);
      int r = 1;
      for (IndicatorResult result : evaluation.results()) {
        row(ws, r++, result);
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return XlsxFiles.reproducible(out.toByteArray(), stamp);
  }

  private static void row(Worksheet ws, int r, IndicatorResult result) {
    String reason = result.reason() == null ? "" : result.reason();
    int lines =
        Math.max(
            TemplateXlsx.lines(result.indicator().name(), WIDE), TemplateXlsx.lines(reason, WIDE));
    ws.rowHeight(r, 15.0 * lines);
    for (int c = 0; c < Fields.ALL.size(); c++) {
      Object v = SpanishFields.value(Fields.ALL.get(c), result);
      if (v instanceof BigDecimal d) {
        ws.value(r, c, d);
      } else if (v != null) {
        ws.value(r, c, v.toString());
      }
      if (c == STATUS) {
        Status s = result.status();
        ws.style(r, c)
            .fillColor(hex(s.color()))
            .fontColor(textOn(s.color()))
            .bold()
            .verticalAlignment("top")
            .set();
      } else {
        ws.style(r, c)
            .wrapText(c == 1 || c == Fields.ALL.size() - 1)
            .verticalAlignment("top")
            .set();
      }
    }
  }

  /** {@code #RRGGBB} as the ARGB Excel stores, {@code FFRRGGBB}. */
  private static String hex(String color) {
    return "FF" + (color.startsWith("#") ? color.substring(1) : color);
  }

  /** White on a dark fill, black on a light one (WCAG relative luminance under or over 0.18). */
  static String textOn(String color) {
    String h = hex(color).substring(2);
    double l = 0;
    double[] weights = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
      c = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      l += weights[i] * c;
    }
    return l < 0.18 ? "FFFFFFFF" : "FF000000";
  }
}
