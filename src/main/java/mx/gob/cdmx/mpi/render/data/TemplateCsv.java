package mx.gob.cdmx.mpi.render.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code mpi template --format csv}: a measurement CSV ready to fill, UTF-8 with a byte order mark
 * so Excel reads the accents, with the columns of {@link TemplateRow#HEADER} and {@code valor} left
 * empty. The informative columns (nombre, unidad, meta del periodo, responsable) are ignored when
 * the file is read back (docs/excel.md).
 */
public final class TemplateCsv {

  /** The UTF-8 byte order mark. */
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TemplateCsv() {}

  /** The template as bytes: BOM, header, one line per row. */
  public static byte[] render(List<TemplateRow> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, EvaluationCsv.FORMAT)) {
      printer.printRecord(TemplateRow.HEADER);
      for (TemplateRow r : rows) {
        printer.printRecord(
            r.indicator().id(),
            EvaluationCsv.neutralise(r.indicator().name()),
            EvaluationCsv.neutralise(r.unit()),
            r.targetPeriod() == null ? "" : r.targetPeriod().toPlainString(),
            EvaluationCsv.neutralise(r.areaText()),
            r.period(),
            r.variable().name(),
            "",
            "",
            "",
            "",
            "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
