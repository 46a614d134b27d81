package mx.gob.cdmx.mpi.render.data;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code mpi evaluate --format csv}: for a spreadsheet — UTF-8 with a byte order mark (Excel then
 * reads the accents), a header with the Spanish names of the 17 fields of docs/metodologia.md §12,
 * one row per indicator in plan order, status, coverage and over-target as words; empty cells for
 * nulls; text cells that a spreadsheet would run as a formula are neutralised. Programs read the
 * English keys and codes of {@code --format json}.
 */
public final class EvaluationCsv {

  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private EvaluationCsv() {}

  /** The evaluation as CSV text, starting with the byte order mark. */
  public static String render(Evaluation evaluation) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(SpanishFields.headers());
      for (IndicatorResult r : evaluation.results()) {
        List<String> cells = new ArrayList<>();
        for (Fields.Field f : Fields.ALL) {
          cells.add(cell(SpanishFields.value(f, r)));
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return neutralise(value.toString());
  }

  /**
   * The text with a leading {@code '} when it starts with a character that makes a spreadsheet read
   * it as a formula ({@code = + - @}, tab or carriage return).
   */
  static String neutralise(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
