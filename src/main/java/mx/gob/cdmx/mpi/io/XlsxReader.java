package mx.gob.cdmx.mpi.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mx.gob.cdmx.mpi.diagnostics.Check;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.io.MeasurementReader.Column;
import mx.gob.cdmx.mpi.io.MeasurementReader.Row;
import mx.gob.cdmx.mpi.io.MeasurementReader.Sink;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the measurements of an Excel workbook (.xlsx) as a stream of rows, one sheet: the one named
 * {@code mediciones} (any case) or else the first. Each row's cells are turned into the text a CSV
 * would hold and fed to the same header mapping and row path as a CSV file ({@link
 * MeasurementReader}), so the columns, aliases and checks are the same; positions are the cell's
 * row and column, and every problem names the sheet. How cells are read is in {@code
 * docs/excel.md}.
 */
final class XlsxReader {

  /** The sheet read when present. */
  static final String SHEET = "mediciones";

  /** Excel shows and keeps 15 significant digits; more is binary noise of the double. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private final String name;
  private final Sink sink;
  private String sheetName;

  private XlsxReader(String name, Sink sink) {
    this.name = name;
    this.sink = sink;
  }

  /** The sheet read and its number of data rows. */
  record Result(String sheet, int rows) {}

  /** Reads {@code path}; returns what was read, or empty when the workbook could not be opened. */
  static Optional<Result> read(Path path, String name, Sink sink) {
    return new XlsxReader(name, sink).read(path);
  }

  private Optional<Result> read(Path path) {
    try (InputStream in = Files.newInputStream(path);
        ReadableWorkbook book = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
      Sheet sheet = pick(book);
      if (sheet == null) {
        sink.problem(Check.EMPTY_FILE.at(name, 0, 0, "el libro no tiene hojas"));
        return Optional.empty();
      }
      sheetName = sheet.getName();
      sink.sheet(sheetName);
      Sink located = new Located();
      MeasurementReader rows = MeasurementReader.forRows(name, located);
      try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
        Iterator<org.dhatim.fastexcel.reader.Row> it = stream.iterator();
        while (it.hasNext()) {
          row(it.next(), rows, located, book.isDate1904());
        }
      }
      if (rows.width() < 0) {
        located.problem(
            Check.EMPTY_FILE.at(
                name,
                0,
                0,
                "la hoja «"
                    + sheetName
                    + "» está vacía: debe tener al menos el encabezado, p. ej. indicador, periodo,"
                    + " valor, nota en la fila 1"));
      }
      return Optional.of(new Result(sheetName, rows.rows()));
    } catch (IOException | UncheckedIOException | ExcelReaderException e) {
      sink.problem(
          Check.FILE_UNREADABLE.at(
              name,
              0,
              0,
              "no se pudo leer el libro de Excel: está dañado o no es un .xlsx completo; ábralo en"
                  + " Excel o LibreOffice y guárdelo de nuevo como «Libro de Excel"
                  + " (*.xlsx)», o expórtelo como «CSV UTF-8 (delimitado por comas)»"));
      return Optional.empty();
    }
  }

  /** The sheet named {@code mediciones} (any case, accents or blanks), else the first one. */
  private static Sheet pick(ReadableWorkbook book) {
    return book.getSheets()
        .filter(s -> MeasurementReader.normalize(s.getName()).equals(SHEET))
        .findFirst()
        .orElseGet(() -> book.getSheets().findFirst().orElse(null));
  }

  /** Problems of this workbook, located in the sheet. */
  private final class Located implements Sink {
    @Override
    public void row(Row row) {
      sink.row(row);
    }

    @Override
    public void problem(Problem problem) {
      sink.problem(problem.sheet() == null ? problem.inSheet(sheetName) : problem);
    }
  }

  private void row(
      org.dhatim.fastexcel.reader.Row row, MeasurementReader rows, Sink out, boolean date1904) {
    int line = row.getRowNum();
    int n = Math.max(row.getCellCount(), Math.max(rows.width(), 0));
    List<String> texts = new ArrayList<>(n);
    int[] lines = new int[Math.max(1, n)];
    int[] columns = new int[Math.max(1, n)];
    boolean header = rows.width() < 0;
    boolean faulty = false;
    List<Problem> cellProblems = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines[i] = line;
      columns[i] = i + 1;
      Cell cell = i < row.getCellCount() ? row.getCell(i) : null;
      Column column = header ? null : rows.columnAt(i);
      Read read = text(cell, column, line, i + 1, date1904);
      texts.add(read.text);
      if (read.problem != null && (header || column != null)) {
        cellProblems.add(read.problem);
        faulty = true;
      }
    }
    if (texts.stream().allMatch(String::isBlank) && cellProblems.isEmpty()) {
      return;
    }
    cellProblems.forEach(out::problem);
    if (row.isHidden() && !header) {
      out.problem(
          Check.HIDDEN_ROW.at(
              name,
              line,
              0,
              "la fila "
                  + line
                  + " está oculta en el libro, pero se leyó como cualquier otra; si no debe"
                  + " contar, bórrela (ocultarla no la quita de los datos)"));
    }
    if (faulty && !header) {
      rows.skipped();
      return;
    }
    rows.fields(texts, lines, columns);
  }

  /** A cell's text as a CSV would hold it, or the problem that keeps it from being read. */
  private record Read(String text, Problem problem) {}

  private Read text(Cell cell, Column column, int line, int col, boolean date1904) {
    if (cell == null) {
      return new Read("", null);
    }
    CellType type = cell.getType();
    String raw = cell.getRawValue();
    return switch (type) {
      case EMPTY -> new Read("", null);
      case STRING -> new Read(cell.getText() == null ? "" : cell.getText(), null);
      case BOOLEAN ->
          new Read("1".equals(raw) || "true".equalsIgnoreCase(raw) ? "VERDADERO" : "FALSO", null);
      case ERROR ->
          new Read(
              "",
              Check.CELL_ERROR.at(
                  name,
                  line,
                  col,
                  "la celda tiene el error de Excel "
                      + raw
                      + "; corrija la fórmula o escriba el valor"));
      case FORMULA -> formula(cell, raw, column, line, col, date1904);
      case NUMBER -> number(cell, raw, column, line, col, date1904);
    };
  }

  private Read formula(Cell cell, String raw, Column column, int line, int col, boolean date1904) {
    if (raw == null || raw.isEmpty()) {
      return new Read(
          "",
          Check.FORMULA_WITHOUT_VALUE.at(
              name,
              line,
              col,
              "la celda tiene la fórmula ="
                  + cell.getFormula()
                  + " pero el libro no guardó su resultado (lo guardó un programa que no"
                  + " calcula); ábralo en Excel o LibreOffice y guárdelo de nuevo, o escriba el"
                  + " valor en lugar de la fórmula"));
    }
    if (isNumber(raw)) {
      return number(cell, raw, column, line, col, date1904);
    }
    return new Read(raw, null);
  }

  private Read number(Cell cell, String raw, Column column, int line, int col, boolean date1904) {
    if (!isNumber(raw)) {
      return new Read(raw == null ? "" : raw, null);
    }
    BigDecimal value = new BigDecimal(raw);
    if (Math.abs((long) value.precision() - value.scale()) > 400 || Math.abs(value.scale()) > 400) {
      return new Read(raw, null);
    }
    if (column == Column.PERIODO && isDateFormat(cell)) {
      return new Read("", periodAsDate(value, line, col, date1904));
    }
    return new Read(plain(value), null);
  }

  private static boolean isNumber(String raw) {
    return raw != null && raw.matches("-?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?");
  }

  /**
   * The number as Excel shows it: at most 15 significant digits (dropping the binary noise of a sum
   * like 0.1+0.2), no exponent, no trailing zeros.
   */
  static String plain(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    if (value.precision() > 15) {
      value = value.round(EXCEL_DIGITS);
    }
    return value.stripTrailingZeros().toPlainString();
  }

  /** True when the cell's number format shows a date or time (day, month or year codes). */
  private static boolean isDateFormat(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
      return true;
    }
    String format = cell.getDataFormatString();
    if (format == null) {
      return false;
    }
    String bare =
        format
            .replaceAll("\"[^\"]*\"", "")
            .replaceAll("\\[[^]]*]", "")
            .toLowerCase(java.util.Locale.ROOT);
    return !bare.equals("general") && bare.matches(".*[dmy].*");
  }

  private Problem periodAsDate(BigDecimal serial, int line, int col, boolean date1904) {
    String shown;
    String code;
    try {
      LocalDate date =
          date1904
              ? LocalDate.of(1904, 1, 1).plusDays(serial.longValue())
              : LocalDate.of(1899, 12, 30).plusDays(serial.longValue());
      shown = date.toString();
      code = String.format("%04d-%02d", date.getYear(), date.getMonthValue());
    } catch (RuntimeException e) {
      shown = serial.toPlainString();
      code = "2025-03";
    }
    return Check.BAD_PERIOD.at(
        name,
        line,
        col,
        "Excel convirtió el periodo en una fecha ("
            + shown
            + "); dé a la columna «periodo» formato de Texto (Inicio › Número › Texto) y escriba"
            + " el código de nuevo, p. ej. "
            + code
            + ", o escríbalo con un apóstrofo delante: '"
            + code);
  }
}
