package mx.gob.cdmx.mpi.validate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mx.gob.cdmx.mpi.diagnostics.Check;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.diagnostics.Severity;
import mx.gob.cdmx.mpi.diagnostics.Suggest;
import mx.gob.cdmx.mpi.io.DataFolder;
import mx.gob.cdmx.mpi.io.MeasurementReader;
import mx.gob.cdmx.mpi.io.MeasurementReader.Cell;
import mx.gob.cdmx.mpi.io.MeasurementReader.Column;
import mx.gob.cdmx.mpi.io.MeasurementReader.Row;
import mx.gob.cdmx.mpi.measure.DataSet;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.measure.SourceFile;
import mx.gob.cdmx.mpi.output.IoReason;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.period.PeriodFormatException;
import mx.gob.cdmx.mpi.plan.Aggregation;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Variable;
import mx.gob.cdmx.mpi.plan.VariableType;
import mx.gob.cdmx.mpi.text.Words;

/**
 * Checks measurement files against a plan ({@code mpi validate}, docs/validacion.md) and gathers
 * their valid rows. Files are read one row at a time; what is kept across rows is the valid rows
 * themselves, the periods seen per (indicator, variable) as a few ints, and at most {@link
 * #MAX_PROBLEMS_PER_FILE} errors and as many warnings per file (the rest are only counted).
 */
public final class Validator {

  /** Errors kept per file (and, separately, warnings kept per file). */
  public static final int MAX_PROBLEMS_PER_FILE = 200;

  /** A value more than this many times the annual target is suspicious. */
  static final BigDecimal FAR_ABOVE = BigDecimal.valueOf(3);

  /** "2025-T2": a quarter written with the Spanish T of trimestre. */
  private static final Pattern TRIMESTER = Pattern.compile("(\\d{4})-[Tt]([1-4])");

  /** "01/03/2025", "ene-25", "marzo 2025": what Excel makes of a period it took for a date. */
  private static final Pattern DATE_LIKE =
      Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}|\\p{L}{3,}[-/ ]\\d{2,4}");

  private final Plan plan;
  private final Map<String, Indicator> indicators = new HashMap<>();
  private final PeriodIndex periods = new PeriodIndex();
  private final Map<String, BigDecimal> yearSums = new HashMap<>();
  private final Set<String> sumWarned = new HashSet<>();
  private final List<Measurement> measurements = new ArrayList<>();
  private final List<SourceFile> files = new ArrayList<>();

  /** Problems per input (a file or an empty folder), in input order. */
  private final List<Bucket> buckets = new ArrayList<>();

  /** Display names of some inputs, instead of their path. */
  private Map<Path, String> names = Map.of();

  /** Whether the valid rows are kept (for evaluation) or only checked ({@code mpi validate}). */
  private final boolean keepRows;

  private Validator(Plan plan, boolean keepRows) {
    this.plan = plan;
    this.keepRows = keepRows;
    plan.indicators().forEach(i -> indicators.put(i.id(), i));
  }

  /**
   * Validates {@code inputs}: files, or folders whose {@code .csv} and {@code .xlsx} files are read
   * recursively in sorted order (other files get a warning, see {@link DataFolder}). A file named
   * twice is read once. Never throws for bad input.
   */
  public static ValidationResult validate(Plan plan, List<Path> inputs) {
    return validate(plan, inputs, Map.of());
  }

  /**
   * Validates {@code inputs} as {@link #validate(Plan, List)} does, naming the files of {@code
   * names} by their value in problems and provenance (standard input is read from a temporary file
   * and named {@code -}).
   */
  public static ValidationResult validate(Plan plan, List<Path> inputs, Map<Path, String> names) {
    Validator v = new Validator(plan, true);
    v.names = names;
    return v.run(inputs);
  }

  /**
   * Validates {@code inputs} as {@link #validate(Plan, List, Map)} does, with the same problems,
   * but keeps none of the valid rows: the result's data holds only the files read. What {@code mpi
   * validate} needs, in memory that does not grow with the valid rows ({@code
   * docs/rendimiento.md}).
   */
  public static ValidationResult check(Plan plan, List<Path> inputs, Map<Path, String> names) {
    Validator v = new Validator(plan, false);
    v.names = names;
    return v.run(inputs);
  }

  private ValidationResult run(List<Path> inputs) {
    Set<Path> seen = new HashSet<>();
    for (Path input : inputs) {
      for (Path file : expand(input)) {
        if (seen.add(file.toAbsolutePath().normalize())) {
          read(file);
        }
      }
    }
    List<Problem> problems = new ArrayList<>();
    int suppressed = 0;
    for (Bucket b : buckets) {
      b.problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      problems.addAll(b.problems);
      suppressed += b.suppressed;
    }
    return new ValidationResult(new DataSet(measurements, files), problems, suppressed);
  }

  private List<Path> expand(Path input) {
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    DataFolder folder;
    try {
      folder = DataFolder.scan(input);
    } catch (IOException e) {
      bucket(input.toString())
          .add(
              Check.FILE_UNREADABLE.at(
                  input.toString(), 0, 0, "no se pudo leer la carpeta: " + IoReason.of(e)));
      return List.of();
    }
    if (!folder.ignored().isEmpty()) {
      Bucket b = bucket(input.toString());
      for (Path other : folder.ignored()) {
        b.add(
            Check.FILE_IGNORED.at(
                other.toString(),
                0,
                0,
                "se omitió este archivo: sólo se leen mediciones en archivos .csv y .xlsx"
                    + DataFolder.hint(other)));
      }
    }
    if (folder.data().isEmpty()) {
      bucket(input.toString())
          .add(
              Check.NO_CSV_FILES.at(
                  input.toString(),
                  0,
                  0,
                  "la carpeta no contiene archivos .csv ni .xlsx (tampoco en sus subcarpetas);"
                      + " guarde las mediciones como CSV o como libro de Excel (.xlsx) y póngalas"
                      + " en ella, o indique los archivos uno por uno"));
    }
    return folder.data();
  }

  private Bucket bucket(String name) {
    Bucket b = new Bucket(name);
    buckets.add(b);
    return b;
  }

  private void read(Path path) {
    String name = names.getOrDefault(path, path.toString());
    Bucket bucket = bucket(name);
    int fileIndex = buckets.size() - 1;
    MeasurementReader.read(
            path,
            name,
            new MeasurementReader.Sink() {
              @Override
              public void row(Row row) {
                check(row, name, fileIndex, bucket);
              }

              @Override
              public void problem(Problem problem) {
                bucket.add(problem);
              }

              @Override
              public void sheet(String sheet) {
                bucket.sheet = sheet;
              }
            })
        .ifPresent(files::add);
  }

  // ---------------------------------------------------------------- one row

  private void check(Row row, String file, int fileIndex, Bucket out) {
    int before = out.errors;
    Indicator indicator = indicator(row, file, out);
    Variable variable = indicator == null ? null : variable(row, indicator, file, out);
    Period period = period(row, file, out);
    BigDecimal value = value(row, variable, indicator, file, out);
    String action = text(row.accion());
    personalData(row.nota(), Column.NOTA, file, out);
    personalData(row.fuente(), Column.FUENTE, file, out);
    personalData(row.accion(), Column.ACCION, file, out);
    LocalDate commitment = commitment(row, action != null, period, file, out);
    if (indicator != null && variable != null && period != null) {
      overlaps(row, indicator, variable, period, file, fileIndex, out);
    }
    if (out.errors > before || value == null || variable == null || period == null) {
      return;
    }
    if (keepRows) {
      String note = text(row.nota());
      String source = text(row.fuente());
      measurements.add(
          new Measurement(
              indicator.id(),
              period,
              variable.name(),
              value,
              note,
              source,
              action,
              commitment,
              file,
              row.line()));
    }
    aboveTarget(row, indicator, variable, period, value, file, out);
  }

  private Indicator indicator(Row row, String file, Bucket out) {
    Cell cell = row.indicador();
    String id = cell.text().strip();
    if (id.isEmpty()) {
      out.report(
          Check.EMPTY_VALUE,
          file,
          cell.line(),
          cell.column(),
          () ->
              "falta el indicador: la celda «indicador» está vacía; escriba el número del"
                  + " indicador del plan, p. ej. 1.1.1");
      return null;
    }
    Indicator indicator = indicators.get(id);
    if (indicator == null) {
      out.report(
          Check.UNKNOWN_INDICATOR,
          file,
          cell.line(),
          cell.column(),
          () -> {
            String suggestion = Suggest.closest(id, indicators.keySet());
            return "el indicador «"
                + id
                + "» no existe en el plan "
                + plan.year()
                + (suggestion == null
                    ? "; vea la lista con «mpi plan show»"
                    : "; ¿quiso decir " + suggestion + "?");
          });
    }
    return indicator;
  }

  private Variable variable(Row row, Indicator indicator, String file, Bucket out) {
    Cell cell = row.variable();
    String written = cell == null ? "" : cell.text().strip();
    String name = written.isEmpty() ? Variable.PRIMARY : written;
    Optional<Variable> variable = indicator.variable(name);
    if (variable.isEmpty()) {
      int line = cell == null ? row.line() : cell.line();
      int column = cell == null ? 0 : cell.column();
      out.report(
          Check.UNKNOWN_VARIABLE,
          file,
          line,
          column,
          () -> {
            String suggestion = Suggest.closest(name, indicator.variableNames());
            return "el indicador "
                + indicator.id()
                + " no tiene la variable «"
                + name
                + "»"
                + (suggestion == null ? ";" : "; ¿quiso decir " + suggestion + "?")
                + " Sus variables son: "
                + String.join(", ", indicator.variableNames())
                + " (vacío equivale a "
                + Variable.PRIMARY
                + ")";
          });
      return null;
    }
    return variable.get();
  }

  private Period period(Row row, String file, Bucket out) {
    Cell cell = row.periodo();
    String code = cell.text().strip();
    if (code.isEmpty()) {
      out.report(
          Check.EMPTY_VALUE,
          file,
          cell.line(),
          cell.column(),
          () ->
              "falta el periodo: la celda «periodo» está vacía; escriba un código como"
                  + " 2025-Q1, 2025-B2 o 2025-03");
      return null;
    }
    Period period;
    try {
      period = Period.parse(code);
    } catch (PeriodFormatException e) {
      out.report(
          Check.BAD_PERIOD,
          file,
          cell.line(),
          cell.column(),
          () -> e.getMessage() + periodHint(code));
      return null;
    }
    return inRange(period, cell, file, out) ? period : null;
  }

  /** A hint for the usual ways a period gets mangled, or an empty string. */
  static String periodHint(String code) {
    Matcher trimester = TRIMESTER.matcher(code);
    if (trimester.matches()) {
      return "; los trimestres se escriben con Q: "
          + trimester.group(1)
          + "-Q"
          + trimester.group(2);
    }
    if (DATE_LIKE.matcher(code).matches()) {
      return "; parece una fecha: Excel pudo convertir el código; dé a la columna formato de"
          + " texto y escriba, p. ej., 2025-01";
    }
    return "";
  }

  private boolean inRange(Period period, Cell cell, String file, Bucket out) {
    int year = plan.year();
    if (period.year() != year && period.year() != year - 1) {
      out.report(
          Check.PERIOD_OUT_OF_RANGE,
          file,
          cell.line(),
          cell.column(),
          () ->
              "el periodo "
                  + period.code()
                  + " es del año "
                  + period.year()
                  + "; con el plan "
                  + year
                  + " sólo se aceptan periodos de "
                  + year
                  + " y, como línea base, de "
                  + (year - 1));
      return false;
    }
    return true;
  }

  private BigDecimal value(
      Row row, Variable variable, Indicator indicator, String file, Bucket out) {
    Cell cell = row.valor();
    String text = cell.text().strip();
    if (text.isEmpty()) {
      out.report(
          Check.EMPTY_VALUE,
          file,
          cell.line(),
          cell.column(),
          () ->
              "falta el valor: la celda «valor» está vacía; si en el periodo no se logró"
                  + " nada, escriba 0 (una fila sin valor no cuenta como cero)");
      return null;
    }
    boolean integer = variable != null && variable.type() == VariableType.INTEGER;
    BigDecimal commaValue = integer ? Numbers.withDecimalComma(text) : null;
    if (commaValue != null && Numbers.hasFraction(commaValue)) {
      reportFraction(cell, text, commaValue, variable, indicator, file, out);
      return null;
    }
    Numbers.Parsed parsed = Numbers.parse(text);
    if (!parsed.ok()) {
      out.report(parsed.check(), file, cell.line(), cell.column(), parsed::message);
      return null;
    }
    BigDecimal value = parsed.value();
    if (integer && Numbers.hasFraction(value)) {
      reportFraction(cell, text, value, variable, indicator, file, out);
      return null;
    }
    return value;
  }

  /**
   * The commitment date of the row's corrective action (column {@code fecha_compromiso}), or null
   * when empty or unreadable (an error). A date on or before the end of the row's period, i.e.
   * already past when the row was reported, and a date without an action are warnings
   * (docs/validacion.md).
   */
  private static LocalDate commitment(
      Row row, boolean hasAction, Period period, String file, Bucket out) {
    Cell cell = row.fechaCompromiso();
    String text = text(cell);
    if (text == null) {
      return null;
    }
    LocalDate date = CommitmentDate.parse(text);
    if (date == null) {
      out.report(
          Check.BAD_DATE,
          file,
          cell.line(),
          cell.column(),
          () ->
              "la fecha de compromiso «"
                  + text
                  + "» no es una fecha válida; escríbala como año-mes-día, p. ej. 2025-09-30"
                  + " (o día/mes/año: 30/09/2025)");
      return null;
    }
    if (period != null && !date.isAfter(period.endDate())) {
      out.report(
          Check.COMMITMENT_PAST,
          file,
          cell.line(),
          cell.column(),
          () ->
              "la fecha de compromiso "
                  + date
                  + " no es posterior al cierre del periodo "
                  + period.code()
                  + " ("
                  + period.endDate()
                  + "): ya había pasado cuando se informó; escriba la fecha en que se cumplirá la"
                  + " acción correctiva");
    }
    if (!hasAction) {
      out.report(
          Check.COMMITMENT_WITHOUT_ACTION,
          file,
          cell.line(),
          cell.column(),
          () ->
              "la fila tiene fecha de compromiso pero no acción correctiva; describa la acción en"
                  + " la columna «accion» o borre la fecha");
    }
    return date;
  }

  /**
   * One message for a fraction in a whole-number variable, whether written {@code 1.5} or {@code
   * 1,5}: the count is whole, write 1 or 2.
   */
  private static void reportFraction(
      Cell cell,
      String text,
      BigDecimal value,
      Variable variable,
      Indicator indicator,
      String file,
      Bucket out) {
    out.report(
        Check.FRACTION_IN_INTEGER,
        file,
        cell.line(),
        cell.column(),
        () -> {
          String unit = unit(indicator);
          String what =
              "«"
                  + variable.name()
                  + "» de "
                  + indicator.id()
                  + " se cuenta en números enteros"
                  + (unit.isBlank() || "%".equals(unit) ? "" : " (" + unit + ")");
          return "el valor "
              + text
              + " tiene decimales, pero "
              + what
              + ": escriba "
              + Numbers.wholeChoices(value);
        });
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    String s = cell.text().replace("\r\n", "\n").replace('\r', '\n').strip();
    return s.isEmpty() ? null : s;
  }

  private static void personalData(Cell cell, Column column, String file, Bucket out) {
    if (cell == null || cell.text().isBlank()) {
      return;
    }
    List<String> kinds = PersonalData.kinds(cell.text());
    if (kinds.isEmpty()) {
      return;
    }
    out.report(
        Check.PERSONAL_DATA,
        file,
        cell.line(),
        cell.column(),
        () ->
            "la columna «"
                + column.header()
                + "» parece contener "
                + Words.list(kinds)
                + "; no anote datos personales en las mediciones (llegan a la carpeta de la Junta"
                + " de Gobierno): quítelos o use una referencia interna, como un número de"
                + " expediente");
  }

  private void overlaps(
      Row row,
      Indicator indicator,
      Variable variable,
      Period period,
      String file,
      int fileIndex,
      Bucket out) {
    List<PeriodIndex.Conflict> conflicts =
        periods.add(indicator.id(), variable.name(), period, fileIndex, row.line());
    if (conflicts.isEmpty()) {
      return;
    }
    Cell cell = row.periodo();
    String what = indicator.id() + " (" + variable.name() + ")";
    PeriodIndex.Conflict same =
        conflicts.stream().filter(c -> c.period().equals(period)).findFirst().orElse(null);
    if (same != null) {
      out.report(
          Check.DUPLICATE_ROW,
          file,
          cell.line(),
          cell.column(),
          () ->
              "fila repetida: "
                  + what
                  + " en "
                  + period.code()
                  + " ya está en "
                  + where(same)
                  + "; deje una sola fila (si son dos cifras del mismo periodo, súmelas)");
      return;
    }
    String others =
        conflicts.stream()
                .limit(3)
                .map(c -> c.period().code() + " (" + where(c) + ")")
                .collect(Collectors.joining(", "))
            + (conflicts.size() > 3 ? " y " + (conflicts.size() - 3) + " más" : "");
    out.report(
        Check.OVERLAPPING_PERIODS,
        file,
        cell.line(),
        cell.column(),
        () ->
            "el periodo "
                + period.code()
                + " de "
                + what
                + " se traslapa con "
                + others
                + ": esos meses se contarían dos veces; registre cada mes en una sola fila"
                + " (p. ej. sólo la fila trimestral o sólo las mensuales)");
  }

  private String where(PeriodIndex.Conflict c) {
    Bucket b = buckets.get(c.file());
    return b.sheet == null
        ? b.name + ":" + c.line()
        : b.name + ", hoja " + b.sheet + ", fila " + c.line();
  }

  private void aboveTarget(
      Row row,
      Indicator indicator,
      Variable variable,
      Period period,
      BigDecimal value,
      String file,
      Bucket out) {
    if (!indicator.hasTarget()
        || indicator.isPercentTarget()
        || indicator.target().signum() <= 0
        || !variable.name().equals(Variable.PRIMARY)) {
      return;
    }
    BigDecimal limit = indicator.target().multiply(FAR_ABOVE);
    Cell cell = row.valor();
    // Built only for a message that is kept (not once per row, as before).
    Supplier<String> target =
        () ->
            "la meta anual de "
                + indicator.id()
                + " es "
                + Numbers.show(indicator.target())
                + " "
                + unit(indicator);
    if (value.compareTo(limit) > 0) {
      out.report(
          Check.VALUE_ABOVE_TARGET,
          file,
          cell.line(),
          cell.column(),
          () ->
              "el valor "
                  + Numbers.show(value)
                  + " es más de 3 veces la meta anual ("
                  + target.get()
                  + "); revise que no sea un error de captura");
    }
    if (variable.aggregation() != Aggregation.SUM) {
      return;
    }
    String key = indicator.id() + '\u0000' + period.year();
    BigDecimal sum = yearSums.merge(key, value, BigDecimal::add);
    if (sum.compareTo(limit) > 0 && sumWarned.add(key) && value.compareTo(limit) <= 0) {
      out.report(
          Check.VALUE_ABOVE_TARGET,
          file,
          cell.line(),
          cell.column(),
          () ->
              "con esta fila, la suma de "
                  + period.year()
                  + " llega a "
                  + Numbers.show(sum)
                  + ", más de 3 veces la meta anual ("
                  + target.get()
                  + "); revise que no haya un error"
                  + " de captura");
    }
  }

  private static String unit(Indicator indicator) {
    return indicator.unit() == null ? "" : indicator.unit();
  }

  /** The problems of one input, capped per severity. */
  private static final class Bucket {
    final List<Problem> problems = new ArrayList<>();
    final String name;

    /** The sheet read, for a workbook; null for a text file. */
    String sheet;

    int errors;
    int warnings;
    int suppressed;

    Bucket(String name) {
      this.name = name;
    }

    void add(Problem p) {
      if (keep(p.severity())) {
        problems.add(p);
      }
    }

    /** Adds a problem of {@code check}, building its message only if it is kept. */
    void report(Check check, String file, int line, int column, Supplier<String> message) {
      if (keep(check.severity())) {
        Problem p = check.at(file, line, column, message.get());
        problems.add(sheet == null ? p : p.inSheet(sheet));
      }
    }

    /** Counts a problem of this severity; true if it is within the cap, else it is suppressed. */
    private boolean keep(Severity severity) {
      boolean kept =
          severity == Severity.ERROR
              ? errors++ < MAX_PROBLEMS_PER_FILE
              : warnings++ < MAX_PROBLEMS_PER_FILE;
      if (!kept) {
        suppressed++;
      }
      return kept;
    }
  }
}
