package mx.gob.cdmx.mpi.render.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mx.gob.cdmx.mpi.plan.VariableType;
import mx.gob.cdmx.mpi.render.XlsxFiles;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.SheetProtectionOption;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code mpi template --format xlsx}: the fill-in workbook (docs/excel.md). Sheet «mediciones»: the
 * columns of {@link TemplateRow#HEADER}; the plan's columns shaded and locked, the others unlocked
 * and the sheet protected (password {@link #PASSWORD}: a guard against slips, not a secret); header
 * row frozen; {@code periodo} and {@code fecha_compromiso} stored and formatted as text so Excel
 * cannot turn them into dates; {@code valor} validated (a number ≥ 0, whole for integer variables);
 * a drop-down of the indicator's variables on {@code variable}. Sheet «Instrucciones»: how to fill
 * it, in Spanish. Same rows, same bytes.
 */
public final class TemplateXlsx {

  /** The password of the sheet protection, printed in the instructions. */
  public static final String PASSWORD = "mpi";

  private static final String SHADE = "FFE5E7EB";
  private static final String HEADER_SHADE = "FFD1D5DB";
  private static final String TEXT = "@";
  private static final int VALOR = TemplateRow.HEADER.indexOf("valor");
  private static final int VARIABLE = TemplateRow.HEADER.indexOf("variable");
  private static final double[] WIDTHS = {10, 48, 16, 12, 40, 10, 16, 12, 30, 24, 30, 16};

  /** Editing the protected sheet may still resize rows and columns and filter. */
  private static final Set<SheetProtectionOption> PROTECTED =
      EnumSet.complementOf(
          EnumSet.of(
              SheetProtectionOption.FORMAT_COLUMNS,
              SheetProtectionOption.FORMAT_ROWS,
              SheetProtectionOption.AUTO_FILTER,
              SheetProtectionOption.SELECT_LOCKED_CELLS,
              SheetProtectionOption.SELECT_UNLOCKED_CELLS));

  private TemplateXlsx() {}

  /** The workbook; {@code scope} says which indicators it holds, for the instructions. */
  public static byte[] render(List<TemplateRow> rows, String scope, LocalDateTime stamp) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "mpi", "1.0");
      Worksheet ws = wb.newWorksheet("mediciones");
      header(ws);
      for (int r = 0; r < rows.size(); r++) {
        row(ws, r + 1, rows.get(r));
      }
      validations(ws, rows);
      ws.protect(PASSWORD, PROTECTED);
      TemplateInstructions.write(wb.newWorksheet("Instrucciones"), scope, rows.size());
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return XlsxFiles.reproducible(out.toByteArray(), stamp);
  }

  private static void header(Worksheet ws) {
    for (int c = 0; c < TemplateRow.HEADER.size(); c++) {
      ws.value(0, c, TemplateRow.HEADER.get(c));
      ws.style(0, c).bold().fillColor(HEADER_SHADE).wrapText(true).verticalAlignment("top").set();
      ws.width(c, WIDTHS[c]);
    }
    ws.freezePane(0, 1);
    ws.pageOrientation("landscape");
    ws.setFitToPage(true);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 0);
  }

  private static void row(Worksheet ws, int r, TemplateRow row) {
    ws.value(r, 0, row.indicator().id());
    ws.value(r, 1, row.indicator().name());
    ws.value(r, 2, row.unit());
    if (row.targetPeriod() != null) {
      ws.value(r, 3, row.targetPeriod());
    }
    ws.value(r, 4, row.areaText());
    ws.value(r, 5, row.period());
    ws.value(r, VARIABLE, row.variable().name());
    ws.rowHeight(r, 15.0 * Math.max(lines(row.indicator().name(), 1), lines(row.areaText(), 4)));
    for (int c = 0; c < TemplateRow.FIRST_FILLABLE; c++) {
      var style = ws.style(r, c).fillColor(SHADE).verticalAlignment("top");
      (c == 0 || c == 5 ? style.format(TEXT) : style.wrapText(c == 1 || c == 4)).set();
    }
    for (int c = TemplateRow.FIRST_FILLABLE; c < TemplateRow.HEADER.size(); c++) {
      var style = ws.style(r, c).protectionOption(ProtectionOption.LOCKED, false);
      (c == VALOR ? style : style.format(TEXT)).verticalAlignment("top").set();
    }
  }

  private static int lines(String text, int c) {
    return lines(text, WIDTHS[c]);
  }

  /** The lines {@code text} wraps to in a column this wide (about 1.3 characters per unit). */
  static int lines(String text, double width) {
    int perLine = (int) (width * 1.3);
    return Math.max(1, (text.length() + perLine - 1) / perLine);
  }

  /**
   * A drop-down of the indicator's variables on {@code variable}, and a number check on {@code
   * valor}, each over runs of consecutive rows that share it (a formula is relative to the first
   * cell of its range).
   */
  private static void validations(Worksheet ws, List<TemplateRow> rows) {
    int start = 0;
    for (int i = 1; i <= rows.size(); i++) {
      if (i == rows.size()
          || !rows.get(i).indicator().id().equals(rows.get(start).indicator().id())) {
        String list = String.join(",", rows.get(start).indicator().variableNames());
        ws.range(start + 1, VARIABLE, i, VARIABLE)
            .validateWithListByFormula(xml("\"" + list + "\""))
            .allowBlank(false)
            .showErrorMessage(true)
            .errorStyle(DataValidationErrorStyle.STOP)
            .errorTitle("Variable no válida")
            .error("Elija una variable de la lista: " + list + ".");
        start = i;
      }
    }
    start = 0;
    for (int i = 1; i <= rows.size(); i++) {
      if (i == rows.size() || type(rows.get(i)) != type(rows.get(start))) {
        valueCheck(ws, start + 1, i, type(rows.get(start)) == VariableType.INTEGER);
        start = i;
      }
    }
  }

  private static VariableType type(TemplateRow row) {
    return row.variable().type();
  }

  private static void valueCheck(Worksheet ws, int top, int bottom, boolean whole) {
    String cell = (char) ('A' + VALOR) + Integer.toString(top + 1);
    String formula =
        "AND(ISNUMBER("
            + cell
            + "),"
            + cell
            + ">=0"
            + (whole ? "," + cell + "=INT(" + cell + ")" : "")
            + ")";
    ws.range(top, VALOR, bottom, VALOR)
        .validateWithFormula(xml(formula))
        .allowBlank(true)
        .showErrorMessage(true)
        .errorStyle(DataValidationErrorStyle.STOP)
        .errorTitle(whole ? "Número entero" : "Número")
        .error(
            whole
                ? "Escriba un número entero mayor o igual a 0 (se cuentan enteros: 1 o 2, no 1.5)."
                    + " Si no se logró nada, escriba 0."
                : "Escriba un número mayor o igual a 0. Si no se logró nada, escriba 0.");
  }

  /** The library writes formulas as they are: escape what XML does not allow raw. */
  static String xml(String formula) {
    return formula.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
