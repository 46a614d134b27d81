package mx.gob.cdmx.mpi.diagnostics;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every check that {@code mpi validate} makes on measurement files: its stable kebab-case code, its
 * severity and a one-line Spanish description (used as the SARIF rule text and in the docs).
 */
public enum Check {
  // --- files
  NO_CSV_FILES(
      "no-csv-files",
      Severity.ERROR,
      "La carpeta no contiene archivos .csv ni .xlsx, tampoco en sus subcarpetas."),
  FILE_IGNORED(
      "file-ignored",
      Severity.WARNING,
      "Un archivo de la carpeta no es .csv ni .xlsx y no se leyó (los archivos de bloqueo de"
          + " Excel y LibreOffice se omiten sin aviso)."),
  FILE_UNREADABLE("file-unreadable", Severity.ERROR, "El archivo no se pudo leer."),
  FILE_NOT_TEXT(
      "file-not-text",
      Severity.ERROR,
      "El archivo no es texto (por ejemplo, un libro de Excel guardado con extensión .csv)."),
  SPREADSHEET_FORMAT(
      "spreadsheet-format",
      Severity.ERROR,
      "El archivo es una hoja de cálculo en un formato que no se lee (.xls, .ods, .numbers);"
          + " guárdela como .xlsx o CSV."),
  CONTENT_MISMATCH(
      "content-mismatch",
      Severity.WARNING,
      "La extensión del archivo no corresponde a su contenido (un libro .xlsx con nombre .csv,"
          + " o al revés); se leyó por su contenido."),
  FORMULA_WITHOUT_VALUE(
      "formula-without-value",
      Severity.ERROR,
      "Una celda tiene una fórmula sin resultado guardado (el libro no se calculó al guardarse)."),
  CELL_ERROR(
      "cell-error", Severity.ERROR, "Una celda tiene un error de Excel (#¡DIV/0!, #N/A, #¡REF!…)."),
  HIDDEN_ROW(
      "hidden-row",
      Severity.WARNING,
      "Una fila con datos está oculta en el libro; se leyó como cualquier otra."),
  FILE_NOT_UTF8(
      "file-not-utf8", Severity.WARNING, "El archivo no está en UTF-8; se leyó como Windows-1252."),
  EMPTY_FILE("empty-file", Severity.ERROR, "El archivo está vacío: no tiene encabezado."),
  UNCLOSED_QUOTE(
      "unclosed-quote", Severity.ERROR, "Una comilla abre un campo que nunca se cierra."),
  BAD_QUOTE(
      "bad-quote",
      Severity.ERROR,
      "Después de la comilla que cierra un campo hay texto antes del separador."),
  // --- header
  MISSING_COLUMN(
      "missing-column",
      Severity.ERROR,
      "Falta una columna obligatoria (indicador, periodo o valor)."),
  UNKNOWN_COLUMN("unknown-column", Severity.ERROR, "El encabezado tiene una columna desconocida."),
  DUPLICATE_COLUMN(
      "duplicate-column", Severity.ERROR, "Una columna aparece dos veces en el encabezado."),
  // --- rows
  RAGGED_ROW(
      "ragged-row", Severity.ERROR, "La fila tiene un número de campos distinto del encabezado."),
  EMPTY_VALUE("empty-value", Severity.ERROR, "Una celda obligatoria está vacía."),
  UNKNOWN_INDICATOR("unknown-indicator", Severity.ERROR, "El indicador no existe en el plan."),
  UNKNOWN_VARIABLE(
      "unknown-variable",
      Severity.ERROR,
      "La variable no está declarada para ese indicador en el plan."),
  BAD_PERIOD("bad-period", Severity.ERROR, "El código de periodo no es válido."),
  PERIOD_OUT_OF_RANGE(
      "period-out-of-range",
      Severity.ERROR,
      "El periodo no es del año del plan ni del año anterior."),
  NON_NUMERIC_VALUE(
      "non-numeric-value", Severity.ERROR, "El valor no es un número con punto decimal."),
  NEGATIVE_VALUE("negative-value", Severity.ERROR, "El valor es negativo."),
  VALUE_TOO_LONG(
      "value-too-long",
      Severity.ERROR,
      "El valor tiene más de 30 cifras (o más de 64 caracteres): no es una medición."),
  FRACTION_IN_INTEGER(
      "fraction-in-integer", Severity.ERROR, "Una variable entera tiene un valor con decimales."),
  DUPLICATE_ROW(
      "duplicate-row",
      Severity.ERROR,
      "La misma combinación de indicador, periodo y variable aparece dos veces."),
  OVERLAPPING_PERIODS(
      "overlapping-periods",
      Severity.ERROR,
      "Dos filas del mismo indicador y variable cubren meses en común."),
  BAD_DATE(
      "bad-date",
      Severity.ERROR,
      "La fecha de compromiso no es una fecha válida (año-mes-día o día/mes/año)."),
  COMMITMENT_PAST(
      "commitment-date-past",
      Severity.WARNING,
      "La fecha de compromiso no es posterior al cierre del periodo de la fila."),
  COMMITMENT_WITHOUT_ACTION(
      "commitment-without-action",
      Severity.WARNING,
      "La fila tiene fecha de compromiso pero no acción correctiva."),
  PERSONAL_DATA(
      "personal-data",
      Severity.WARNING,
      "Una nota, fuente o acción correctiva parece contener datos personales."),
  VALUE_ABOVE_TARGET(
      "value-above-target",
      Severity.WARNING,
      "El valor, o la suma del año, supera tres veces la meta anual.");

  private final String code;
  private final Severity severity;
  private final String description;

  Check(String code, Severity severity, String description) {
    this.code = code;
    this.severity = severity;
    this.description = description;
  }

  /** The stable kebab-case code, e.g. {@code unknown-indicator}. */
  public String code() {
    return code;
  }

  /** Whether the check gives an error or a warning. */
  public Severity severity() {
    return severity;
  }

  /** One Spanish sentence saying what the check finds. */
  public String description() {
    return description;
  }

  /** A problem of this check at {@code file:line:column}. */
  public Problem at(String file, int line, int column, String message) {
    return new Problem(file, line, column, severity, code, message);
  }

  /** The check with this code, if any. */
  public static Optional<Check> of(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
