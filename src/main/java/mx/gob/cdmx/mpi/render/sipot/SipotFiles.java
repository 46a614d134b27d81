package mx.gob.cdmx.mpi.render.sipot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import mx.gob.cdmx.mpi.render.XlsxFiles;
import mx.gob.cdmx.mpi.render.sipot.SipotFormats.Column;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A {@link SipotTable} as a file: CSV (UTF-8 with BOM, so Excel reads the accents; dates
 * dd/mm/aaaa) or xlsx (dates as date cells shown dd/mm/aaaa, header row in bold and frozen). The
 * same table gives the same bytes: the xlsx's zip times and creation date are fixed to {@code
 * stamp}.
 */
public final class SipotFiles {

  /** The date pattern of the formats: día/mes/año. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private SipotFiles() {}

  /** The default file name: {@code sipot-fraccion-V-2025-Q2.xlsx}. */
  public static String defaultName(String fraction, String periodCode, String extension) {
    return "sipot-fraccion-" + fraction + "-" + periodCode + "." + extension;
  }

  /** The table as CSV. */
  public static byte[] csv(SipotTable table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL)) {
      csv.printRecord(table.format().columns().stream().map(Column::header).toList());
      for (List<Object> row : table.rows()) {
        csv.printRecord(row.stream().map(SipotFiles::text).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The table as an xlsx workbook whose internal dates are {@code stamp}. */
  public static byte[] xlsx(SipotTable table, LocalDateTime stamp) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "mpi", "1.0");
      Worksheet ws = wb.newWorksheet(sheetName(table));
      List<Column> columns = table.format().columns();
      for (int c = 0; c < columns.size(); c++) {
        ws.value(0, c, columns.get(c).header());
        ws.style(0, c).bold().wrapText(true).verticalAlignment("top").set();
        ws.width(c, width(columns.get(c)));
      }
      ws.freezePane(0, 1);
      for (int r = 0; r < table.rows().size(); r++) {
        List<Object> row = table.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
          Object v = row.get(c);
          if (v instanceof LocalDate d) {
            ws.value(r + 1, c, d);
            ws.style(r + 1, c).format("dd/mm/yyyy").verticalAlignment("top").set();
          } else if (v instanceof Integer i) {
            ws.value(r + 1, c, i);
            ws.style(r + 1, c).verticalAlignment("top").set();
          } else if (v != null) {
            ws.value(r + 1, c, v.toString());
            ws.style(r + 1, c).wrapText(true).verticalAlignment("top").set();
          }
        }
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reproducible(out.toByteArray(), stamp);
  }

  private static String sheetName(SipotTable table) {
    return "Fracción " + table.format().fraction();
  }

  private static double width(Column column) {
    return switch (column.field()) {
      case YEAR, START, END, VALIDATED, UPDATED, DIRECTION, FREQUENCY -> 14;
      case NAME, DIMENSION, UNIT, TARGETS, ADJUSTED_TARGETS, PROGRESS, BASELINE -> 24;
      default -> 48;
    };
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate d) {
      return DATE.format(d);
    }
    return value.toString();
  }

  /** The same zip with fixed entry times and creation date (see {@link XlsxFiles#reproducible}). */
  static byte[] reproducible(byte[] zip, LocalDateTime stamp) {
    return XlsxFiles.reproducible(zip, stamp);
  }
}
