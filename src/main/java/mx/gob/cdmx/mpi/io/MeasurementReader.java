package mx.gob.cdmx.mpi.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mx.gob.cdmx.mpi.diagnostics.Check;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.diagnostics.Suggest;
import mx.gob.cdmx.mpi.measure.SourceFile;
import mx.gob.cdmx.mpi.output.IoReason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one measurement file (docs/validacion.md, «Qué archivos acepta») as a stream: detects its
 * encoding and delimiter, maps its header (Spanish or English names, any order, any case), and
 * hands each data row to a {@link Sink} with the line and column of every cell. Problems of the
 * file's form (encoding, header, quotes, ragged rows) go to the same sink; nothing is thrown for
 * bad input. Only one record, the parser's read-ahead and the header are held at a time.
 */
// The per-row loop indexes columns by ordinal in plain arrays (no map per row: see
// docs/rendimiento.md); the header layout record carries those arrays.
@SuppressWarnings({"EnumOrdinal", "ArrayRecordComponent"})
public final class MeasurementReader {

  /** The hint given when a file is not text. */
  public static final String EXPORT_HINT = "exporte la hoja como CSV (delimitado por comas)";

  /** Encoding names recorded in {@link SourceFile#encoding()}. */
  public static final String UTF8 = "UTF-8";

  public static final String UTF8_BOM = "UTF-8 (BOM)";
  public static final String WINDOWS_1252 = "windows-1252";
  public static final String NOT_TEXT = "no es texto";

  /** Start of the encoding recorded for a workbook: {@code libro de Excel, hoja «mediciones»}. */
  public static final String XLSX = "libro de Excel, hoja";

  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final int MARK_LIMIT = 1 << 16;
  private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?:startline |at line: )(\\d+)");

  /** The columns of a measurement file, with their Spanish and English header names. */
  public enum Column {
    INDICADOR("indicador", "indicator", true),
    PERIODO("periodo", "period", true),
    VALOR("valor", "value", true),
    VARIABLE("variable", "variable", false),
    NOTA("nota", "note", false),
    FUENTE("fuente", "source", false),
    ACCION("accion", "action", false),
    FECHA_COMPROMISO("fecha_compromiso", "commitment_date", false);

    private final String spanish;
    private final String english;
    private final boolean required;

    Column(String spanish, String english, boolean required) {
      this.spanish = spanish;
      this.english = english;
      this.required = required;
    }

    /** The Spanish header name, used in messages. */
    public String header() {
      return spanish;
    }

    /** The English alias. */
    public String english() {
      return english;
    }

    /** True for indicador, periodo and valor. */
    public boolean required() {
      return required;
    }

    /** The column whose name, normalised, is {@code name}. */
    static Optional<Column> byName(String normalized) {
      return Arrays.stream(values())
          .filter(c -> c.spanish.equals(normalized) || c.english.equals(normalized))
          .findFirst();
    }
  }

  /**
   * Header names of informative columns (the indicator's name, unit, target and responsible area,
   * as the templates of {@code mpi template} carry them), normalised: recognised on input and
   * ignored, so a filled template always reads back.
   */
  static final Set<String> INFORMATIVE =
      Set.of(
          "nombre",
          "nombre del indicador",
          "unidad",
          "unidad de medida",
          "meta",
          "meta del periodo",
          "meta anual",
          "responsable",
          "responsables",
          "area responsable",
          "name",
          "indicator name",
          "unit",
          "target",
          "period target",
          "annual target",
          "responsible",
          "owner");

  /** One cell as read (surrounding blanks of unquoted cells removed) and where it starts. */
  public record Cell(String text, int line, int column) {}

  /**
   * A data row before any check: its first line and its cells; a cell is null when the file has no
   * such column. {@code accion} and {@code fechaCompromiso} are the corrective action and its
   * commitment date (docs/validacion.md).
   */
  public record Row(
      int line,
      Cell indicador,
      Cell periodo,
      Cell valor,
      Cell variable,
      Cell nota,
      Cell fuente,
      Cell accion,
      Cell fechaCompromiso) {

    /** The cell of {@code column}, or null when the file has no such column. */
    public Cell cell(Column column) {
      return switch (column) {
        case INDICADOR -> indicador;
        case PERIODO -> periodo;
        case VALOR -> valor;
        case VARIABLE -> variable;
        case NOTA -> nota;
        case FUENTE -> fuente;
        case ACCION -> accion;
        case FECHA_COMPROMISO -> fechaCompromiso;
      };
    }
  }

  /** Receives the rows and problems of a file, in reading order. */
  public interface Sink {
    void row(Row row);

    void problem(Problem problem);

    /** Called before the rows of a workbook, with the name of the sheet read. */
    default void sheet(String name) {}
  }

  private final String name;
  private final Sink sink;
  private char delimiter = ',';
  private TrackingReader tracker;

  /** Number of fields of the header; -1 before it is read. */
  private int width = -1;

  /** For each column, its field index in the file, or -1. */
  private final int[] index = new int[Column.values().length];

  /** Fields with no header name at the end of the header, which are ignored when blank. */
  private int unnamedFrom = Integer.MAX_VALUE;

  private boolean usable;
  private int rows;
  private long lastRecordEnd;

  /** True once reading stopped on a fault that has been reported. */
  private boolean faulted;

  private MeasurementReader(String name, Sink sink) {
    this.name = name;
    this.sink = sink;
    Arrays.fill(index, -1);
  }

  /**
   * Reads {@code path}, naming it {@code name} in problems; returns the file as read, or empty when
   * its bytes could not be read at all.
   */
  public static Optional<SourceFile> read(Path path, String name, Sink sink) {
    return new MeasurementReader(name, sink).read(path);
  }

  private Optional<SourceFile> read(Path path) {
    FileScan scan;
    try {
      scan = FileScan.of(path);
    } catch (IOException e) {
      sink.problem(Check.FILE_UNREADABLE.at(name, 0, 0, unreadable(e)));
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String kind = scan.zip() ? SpreadsheetFormats.zipKind(path) : null;
    SourceFile other = otherFormat(scan, lower, kind);
    if (other != null) {
      return Optional.of(other);
    }
    if ("xlsx".equals(kind) || (scan.zip() && lower.endsWith(".xlsx"))) {
      return readXlsx(path, scan, lower);
    }
    SourceFile binary = notText(scan, lower);
    if (binary != null) {
      return Optional.of(binary);
    }
    return Optional.of(readText(path, scan));
  }

  /**
   * An old Excel, LibreOffice, Numbers or other spreadsheet file, reported with how to save it as
   * CSV; null for any other file.
   */
  private SourceFile otherFormat(FileScan scan, String lower, String kind) {
    String other = SpreadsheetFormats.otherFormat(lower);
    if (!scan.ole2() && !"LibreOffice".equals(kind) && !"Numbers".equals(kind) && other == null) {
      return null;
    }
    String program = kind != null && !"xlsx".equals(kind) ? kind : other == null ? "Excel" : other;
    sink.problem(
        Check.SPREADSHEET_FORMAT.at(
            name,
            0,
            0,
            (scan.ole2() ? "es un libro de Excel antiguo (.xls)" : "es un libro de " + program)
                + ", que no se lee; "
                + SpreadsheetFormats.saveAsHint(program)));
    return new SourceFile(name, scan.sha256(), NOT_TEXT, ',', 0);
  }

  /** An .xlsx workbook (by name or by content), read by {@link XlsxReader}. */
  private Optional<SourceFile> readXlsx(Path path, FileScan scan, String lower) {
    if (!lower.endsWith(".xlsx")) {
      sink.problem(
          Check.CONTENT_MISMATCH.at(
              name,
              0,
              0,
              "el archivo es un libro de Excel (.xlsx) aunque su nombre no termina en .xlsx;"
                  + " se leyó como libro. Cámbiele la extensión a .xlsx para evitar confusiones"));
    }
    return XlsxReader.read(path, name, sink)
        .map(r -> new SourceFile(name, scan.sha256(), XLSX + " «" + r.sheet() + "»", ',', r.rows()))
        .or(() -> Optional.of(new SourceFile(name, scan.sha256(), NOT_TEXT, ',', 0)));
  }

  /**
   * A file that is not text, reported; null for text (with a warning first when a text file is
   * named .xlsx).
   */
  private SourceFile notText(FileScan scan, String lower) {
    if (lower.endsWith(".xlsx") && scan.binary() == null) {
      sink.problem(
          Check.CONTENT_MISMATCH.at(
              name,
              0,
              0,
              "el archivo se llama .xlsx pero es texto, no un libro de Excel; se leyó como CSV."
                  + " Cámbiele la extensión a .csv"));
    }
    if (scan.binary() == null) {
      return null;
    }
    sink.problem(
        Check.FILE_NOT_TEXT.at(
            name,
            0,
            0,
            "el archivo no se puede leer como texto: " + scan.binary() + "; " + EXPORT_HINT));
    return new SourceFile(name, scan.sha256(), NOT_TEXT, ',', 0);
  }

  /** A text file: its encoding chosen from the scan, then parsed as CSV. */
  private SourceFile readText(Path path, FileScan scan) {
    Charset charset = StandardCharsets.UTF_8;
    String encoding = scan.bom() ? UTF8_BOM : UTF8;
    if (!scan.utf8()) {
      sink.problem(Check.FILE_NOT_UTF8.at(name, scan.firstBadLine(), 0, notUtf8(scan)));
      if (!scan.bom()) {
        charset = CP1252;
        encoding = WINDOWS_1252;
      }
    }
    try (InputStream in = Files.newInputStream(path)) {
      if (scan.bom()) {
        in.skipNBytes(3);
      }
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(
                  in,
                  charset
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPLACE)
                      .onUnmappableCharacter(CodingErrorAction.REPLACE)),
              MARK_LIMIT);
      delimiter = detectDelimiter(reader);
      tracker = new TrackingReader(reader);
      parse();
    } catch (IOException e) {
      sink.problem(Check.FILE_UNREADABLE.at(name, 0, 0, unreadable(e)));
      faulted = true;
    }
    if (width < 0 && !faulted) {
      sink.problem(
          Check.EMPTY_FILE.at(
              name,
              0,
              0,
              "el archivo está vacío: debe tener al menos"
                  + " el encabezado, p. ej. indicador,periodo,valor,nota"));
    }
    return new SourceFile(name, scan.sha256(), encoding, delimiter, rows);
  }

  private static String notUtf8(FileScan scan) {
    String where =
        " (el primer carácter que no es UTF-8 está en la línea " + scan.firstBadLine() + ")";
    if (scan.bom()) {
      return "el archivo dice ser UTF-8 pero tiene bytes que no lo son"
          + where
          + "; se reemplazaron por «�». Guárdelo de nuevo como «CSV UTF-8 (delimitado por"
          + " comas)»";
    }
    return "el archivo no está en UTF-8"
        + where
        + "; se leyó como Windows-1252. En Excel,"
        + " guárdelo como «CSV UTF-8 (delimitado por comas)» para evitar letras alteradas";
  }

  private static String unreadable(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no existe el archivo";
    }
    return "no se pudo leer el archivo: " + IoReason.of(e);
  }

  /**
   * {@code ;} when the header (the first line with more than blanks and separators) has a semicolon
   * and no comma, else {@code ,}.
   */
  private static char detectDelimiter(BufferedReader reader) throws IOException {
    reader.mark(MARK_LIMIT);
    StringBuilder line = new StringBuilder();
    int n = 0;
    int c;
    while (n++ < MARK_LIMIT - 1 && (c = reader.read()) != -1) {
      if (c == '\n' || c == '\r') {
        if (!line.toString().replaceAll("[,;]", "").isBlank()) {
          break;
        }
        line.setLength(0);
      } else {
        line.append((char) c);
      }
    }
    reader.reset();
    return line.indexOf(";") >= 0 && line.indexOf(",") < 0 ? ';' : ',';
  }

  // ---------------------------------------------------------------- parsing

  private void parse() throws IOException {
    CSVFormat format =
        CSVFormat.Builder.create()
            .setDelimiter(delimiter)
            .setQuote('"')
            .setRecordSeparator("\r\n")
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    try (CSVParser parser = CSVParser.builder().setReader(tracker).setFormat(format).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          if (e.getCause() instanceof org.apache.commons.csv.CSVException) {
            quoteFault(e.getCause().getMessage());
            faulted = true;
            return;
          }
          throw e.getCause();
        }
        accept(record);
      }
    }
  }

  private void accept(CSVRecord record) {
    long start = record.getCharacterPosition();
    tracker.release(start);
    Layout layout = layout(start, record.size());
    lastRecordEnd = layout.end;
    if (allBlank(record)) {
      return;
    }
    fields(record.toList(), layout.lines, layout.columns);
  }

  /**
   * One non-blank record of the file (CSV line or sheet row): the header when none was read yet,
   * else a data row. {@code lines} and {@code columns} give where each field starts.
   */
  void fields(List<String> fields, int[] lines, int[] columns) {
    if (width < 0) {
      header(fields, lines, columns);
      return;
    }
    rows++;
    int line = lines[0];
    if (fields.size() != width) {
      int column = fields.size() > width ? columns[width] : 0;
      sink.problem(Check.RAGGED_ROW.at(name, line, column, ragged(fields.size())));
      return;
    }
    for (int i = unnamedFrom; i < width; i++) {
      if (!fields.get(i).isBlank()) {
        sink.problem(
            Check.UNKNOWN_COLUMN.at(
                name,
                lines[i],
                columns[i],
                "la fila trae un valor en la columna "
                    + (i + 1)
                    + ", que no tiene encabezado;"
                    + " póngale nombre a la columna o borre el valor"));
      }
    }
    if (!usable) {
      return;
    }
    Cell[] cells = new Cell[index.length];
    for (Column c : Column.values()) {
      int i = index[c.ordinal()];
      if (i >= 0) {
        cells[c.ordinal()] = new Cell(fields.get(i), lines[i], columns[i]);
      }
    }
    sink.row(
        new Row(
            line, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7]));
  }

  /** True when every cell of the record is blank (a loop: this runs once per row). */
  private static boolean allBlank(CSVRecord record) {
    for (int i = 0; i < record.size(); i++) {
      if (!blank(record.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Number of fields of the header, or -1 before it is read. */
  int width() {
    return width;
  }

  /** The column read from field {@code i} (0-based), or null when the field is ignored. */
  Column columnAt(int i) {
    for (Column c : Column.values()) {
      if (index[c.ordinal()] == i) {
        return c;
      }
    }
    return null;
  }

  /** Counts a data row that was not handed on (a sheet row with a faulty cell). */
  void skipped() {
    rows++;
  }

  /** Data rows seen so far. */
  int rows() {
    return rows;
  }

  /** A reader of rows that some other format (a sheet) feeds through {@link #fields}. */
  static MeasurementReader forRows(String name, Sink sink) {
    return new MeasurementReader(name, sink);
  }

  /** True for an empty cell or one of an empty spreadsheet row ({@code ,,,} or {@code ;;;}). */
  private static boolean blank(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c != ',' && c != ';' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private String ragged(int found) {
    String base =
        "la fila tiene "
            + found
            + (found == 1 ? " campo" : " campos")
            + " y el encabezado "
            + width
            + "; ";
    if (found > width) {
      return base
          + "sobran campos: si un texto contiene «"
          + delimiter
          + "», enciérrelo entre comillas dobles";
    }
    return base
        + "faltan campos: complete la fila (las celdas vacías también llevan su «"
        + delimiter
        + "»)";
  }

  private void header(List<String> raw, int[] lines, int[] columns) {
    width = raw.size();
    int line = lines[0];
    List<String> names = raw.stream().map(MeasurementReader::normalize).toList();
    int lastNamed = -1;
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).isEmpty()) {
        lastNamed = i;
      }
    }
    unnamedFrom = lastNamed + 1;
    boolean anyKnown = names.stream().anyMatch(n -> Column.byName(n).isPresent());
    if (!anyKnown) {
      sink.problem(
          Check.MISSING_COLUMN.at(
              name,
              line,
              0,
              "la primera línea no es un encabezado: debe nombrar las columnas, p. ej."
                  + " indicador,periodo,valor,nota (o en inglés indicator,period,value,note)"
                  + (raw.size() == 1 && raw.get(0).indexOf('\t') >= 0
                      ? "; el archivo parece separado por tabuladores: " + EXPORT_HINT
                      : "")));
      return;
    }
    for (int i = 0; i < unnamedFrom; i++) {
      headerField(i, names.get(i), raw.get(i), lines[i], columns[i]);
    }
    usable = requiredColumns(line);
  }

  /**
   * Field {@code i} of the header, normalised {@code n} (as written: {@code raw}): a known column
   * is recorded; an unnamed, unknown or repeated one is reported; an informative one is ignored.
   */
  private void headerField(int i, String n, String raw, int fieldLine, int column) {
    if (n.isEmpty()) {
      sink.problem(
          Check.UNKNOWN_COLUMN.at(
              name,
              fieldLine,
              column,
              "la columna " + (i + 1) + " del encabezado no tiene nombre; " + accepted()));
      return;
    }
    Optional<Column> column0 = Column.byName(n);
    if (column0.isEmpty() && INFORMATIVE.contains(n)) {
      return;
    }
    if (column0.isEmpty()) {
      String suggestion = Suggest.closest(n, allNames());
      sink.problem(
          Check.UNKNOWN_COLUMN.at(
              name,
              fieldLine,
              column,
              "columna desconocida «"
                  + raw.strip()
                  + "»"
                  + (suggestion == null
                      ? "; " + accepted()
                      : "; ¿quiso decir " + suggestion + "? " + capitalized(accepted()))));
      return;
    }
    Column c = column0.get();
    int previous = index[c.ordinal()];
    if (previous >= 0) {
      sink.problem(
          Check.DUPLICATE_COLUMN.at(
              name,
              fieldLine,
              column,
              "la columna «"
                  + c.header()
                  + "» aparece dos veces en el encabezado (campos "
                  + (previous + 1)
                  + " y "
                  + (i + 1)
                  + "); deje sólo una"));
      return;
    }
    index[c.ordinal()] = i;
  }

  /** Reports each required column the header lacks; true when it has them all. */
  private boolean requiredColumns(int line) {
    List<Column> missing =
        Arrays.stream(Column.values()).filter(c -> c.required() && index[c.ordinal()] < 0).toList();
    for (Column c : missing) {
      sink.problem(
          Check.MISSING_COLUMN.at(
              name,
              line,
              0,
              "falta la columna obligatoria «"
                  + c.header()
                  + "» (en inglés «"
                  + c.english()
                  + "»); el encabezado debe tener al menos indicador, periodo y valor"));
    }
    return missing.isEmpty();
  }

  private static String accepted() {
    return "las columnas aceptadas son "
        + Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(", "))
        + " (o en inglés "
        + Arrays.stream(Column.values()).map(Column::english).collect(Collectors.joining(", "))
        + "), además de las informativas que trae la plantilla (nombre, unidad, meta,"
        + " responsable), que se ignoran";
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<String> allNames() {
    List<String> all = new ArrayList<>();
    for (Column c : Column.values()) {
      all.add(c.header());
      if (!c.english().equals(c.header())) {
        all.add(c.english());
      }
    }
    return all;
  }

  /** Lower case, no accents, no surrounding or repeated blanks, no byte-order mark. */
  static String normalize(String header) {
    String s = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return s.replaceAll("\\s+", " ");
  }

  // ---------------------------------------------------------------- positions

  /** Where each field of a record starts (line and 1-based column) and where the record ends. */
  private record Layout(int[] lines, int[] columns, long end) {}

  /**
   * Scans the kept text of the record that starts at {@code start} (possibly after blank lines) the
   * way the CSV parser does, to find where each of its {@code fields} starts. Columns count Unicode
   * code points; a field's column is that of its first non-blank character (the opening quote of a
   * quoted field). When the text was not kept, lines are approximate and columns 0.
   */
  private Layout layout(long start, int fields) {
    int[] lines = new int[Math.max(1, fields)];
    int[] columns = new int[Math.max(1, fields)];
    long end = tracker.keptEnd();
    int line = tracker.lineOf(start);
    if (start < tracker.keptStart() || start > end) {
      Arrays.fill(lines, line);
      return new Layout(lines, columns, start);
    }
    Cursor c = new Cursor(start, end, line);
    c.skipLineBreaks();
    for (int f = 0; f < fields; f++) {
      c.skipBlanks();
      lines[f] = c.line;
      columns[f] = c.column;
      c.skipField();
      if (!c.skipDelimiter()) {
        for (int g = f + 1; g < fields; g++) {
          lines[g] = c.line;
        }
        break;
      }
    }
    if (fields == 0) {
      lines[0] = c.line;
    }
    return new Layout(lines, columns, c.pos);
  }

  /** After the parser failed on a quote, finds the quote at fault and reports it. */
  private void quoteFault(String parserMessage) {
    long end = tracker.keptEnd();
    long start = Math.max(lastRecordEnd, tracker.keptStart());
    if (start <= end) {
      Cursor c = new Cursor(start, end, tracker.lineOf(start));
      while (!c.atEnd()) {
        c.skipLineBreaks();
        c.skipBlanks();
        if (c.atEnd()) {
          break;
        }
        if (c.peek() == '"') {
          int quoteLine = c.line;
          int quoteColumn = c.column;
          if (!c.skipQuoted()) {
            sink.problem(Check.UNCLOSED_QUOTE.at(name, quoteLine, quoteColumn, unclosed()));
            return;
          }
          c.skipBlanks();
          if (!c.atEnd() && c.peek() != delimiter && c.peek() != '\r' && c.peek() != '\n') {
            sink.problem(Check.BAD_QUOTE.at(name, c.line, c.column, badQuote()));
            return;
          }
        } else {
          c.skipUnquoted();
        }
        c.skipDelimiter();
      }
    }
    Matcher m = LINE_IN_MESSAGE.matcher(parserMessage == null ? "" : parserMessage);
    int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
    boolean unclosed = parserMessage != null && parserMessage.contains("EOF");
    sink.problem(
        (unclosed ? Check.UNCLOSED_QUOTE : Check.BAD_QUOTE)
            .at(name, line, 0, unclosed ? unclosed() : badQuote()));
  }

  private static String unclosed() {
    return "esta comilla abre un texto que nunca se cierra, así que el resto del archivo se leyó"
        + " como un solo campo y no se revisó; cierre la comilla (\"…\") o quítela, y escriba"
        + " \"\" para una comilla dentro del texto";
  }

  private String badQuote() {
    return "hay texto después de la comilla que cierra el campo; encierre todo el campo entre"
        + " comillas y escriba \"\" para una comilla dentro del texto (el resto del archivo no"
        + " se revisó)";
  }

  /** Walks the kept text counting lines and columns (in code points). */
  private final class Cursor {
    long pos;
    final long end;
    int line;
    int column = 1;

    Cursor(long pos, long end, int line) {
      this.pos = pos;
      this.end = end;
      this.line = line;
    }

    boolean atEnd() {
      return pos >= end;
    }

    char peek() {
      return tracker.charAt(pos);
    }

    /** Advances over one character that is not a line break. */
    void advance() {
      if (!Character.isLowSurrogate(peek())) {
        column++;
      }
      pos++;
    }

    /** Advances over a line break if there is one; true if it did. */
    boolean lineBreak() {
      char ch = peek();
      if (ch == '\r') {
        pos++;
        if (!atEnd() && peek() == '\n') {
          pos++;
        }
      } else if (ch == '\n') {
        pos++;
      } else {
        return false;
      }
      line++;
      column = 1;
      return true;
    }

    void skipLineBreaks() {
      while (!atEnd() && lineBreak()) {
        // blank lines are skipped like the parser does
      }
    }

    void skipBlanks() {
      while (!atEnd()) {
        char ch = peek();
        if (ch == delimiter || ch == '\r' || ch == '\n' || !Character.isWhitespace(ch)) {
          return;
        }
        advance();
      }
    }

    void skipField() {
      if (!atEnd() && peek() == '"') {
        skipQuoted();
      }
      skipUnquoted();
    }

    /** Skips a quoted field from its opening quote; false if the text ends inside it. */
    boolean skipQuoted() {
      advance();
      while (!atEnd()) {
        char ch = peek();
        if (ch == '"') {
          advance();
          if (atEnd() || peek() != '"') {
            return true;
          }
          advance();
        } else if (!lineBreak()) {
          advance();
        }
      }
      return false;
    }

    void skipUnquoted() {
      while (!atEnd()) {
        char ch = peek();
        if (ch == delimiter || ch == '\r' || ch == '\n') {
          return;
        }
        advance();
      }
    }

    /** Skips the delimiter after a field; false at the end of the record. */
    boolean skipDelimiter() {
      if (!atEnd() && peek() == delimiter) {
        advance();
        return true;
      }
      return false;
    }
  }
}
