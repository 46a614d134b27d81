package mx.gob.cdmx.mpi.render.sipot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
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

  /**
   * The same zip with every entry's time set to {@code stamp} and the workbook's creation date
   * (docProps/core.xml) too, so two runs give the same bytes.
   */
  static byte[] reproducible(byte[] zip, LocalDateTime stamp) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path temp = null;
    try {
      // the writer's zip64 data descriptors trip ZipInputStream; ZipFile reads the directory
      temp = Files.createTempFile("mpi-sipot", ".xlsx");
      Files.write(temp, zip);
      try (ZipFile in = new ZipFile(temp.toFile());
          ZipOutputStream z = new ZipOutputStream(out)) {
        for (ZipEntry e : Collections.list(in.entries())) {
          byte[] bytes;
          try (InputStream entry = in.getInputStream(e)) {
            bytes = entry.readAllBytes();
          }
          if (e.getName().equals("docProps/core.xml")) {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            xml =
                xml.replaceAll(
                    "(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                    "$1" + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(stamp) + "Z$2");
            bytes = xml.getBytes(StandardCharsets.UTF_8);
          }
          ZipEntry copy = new ZipEntry(e.getName());
          copy.setTimeLocal(stamp);
          z.putNextEntry(copy);
          z.write(bytes);
          z.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // a temporary copy left behind is harmless; the result is already in memory
        }
      }
    }
    return out.toByteArray();
  }
}
