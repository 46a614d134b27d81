package mx.gob.cdmx.mpi.render.data;

import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/** The sheet «Instrucciones» of the template workbook: how to fill it, in Spanish. */
final class TemplateInstructions {

  private static final double WIDTH = 90;

  private TemplateInstructions() {}

  /** The lines of the sheet; the first is the title. */
  static List<String> lines(String scope, int rows) {
    return List.of(
        "Cómo llenar esta plantilla",
        "Plantilla de mediciones: " + scope + ", " + rows + (rows == 1 ? " fila." : " filas."),
        "1. En la hoja «mediciones» hay una fila por indicador y variable. Escriba en «valor» la"
            + " cifra del periodo: un número mayor o igual a 0. Las variables que cuentan"
            + " (sesiones, personas, casos) van en números enteros.",
        "2. Si en el periodo no se logró nada, escriba 0. Una fila sin valor es un error al"
            + " validar; una fila que falta es «Sin datos» en el informe.",
        "3. Si todavía no tiene la cifra de una fila, bórrela (Revisar › Desproteger hoja,"
            + " contraseña «"
            + TemplateXlsx.PASSWORD
            + "»): «mpi faltantes» la mostrará como pendiente.",
        "4. Las columnas grises (indicador, nombre, unidad, meta del periodo, responsable y"
            + " periodo) vienen del plan y están bloqueadas. Nombre, unidad, meta y responsable"
            + " sólo informan: al leer el archivo se ignoran.",
        "5. «variable»: elija de la lista; cada indicador tiene las suyas.",
        "6. «nota» y «fuente» son opcionales: qué se contó y de dónde sale la cifra. No escriba"
            + " nombres ni datos personales de las personas beneficiarias.",
        "7. «accion» y «fecha_compromiso»: para un indicador en amarillo o en rojo, la acción"
            + " correctiva y su fecha de compromiso, como AAAA-MM-DD (por ejemplo 2025-09-30).",
        "8. «periodo» y «fecha_compromiso» están guardadas como texto para que Excel no las"
            + " convierta en fechas. No cambie su formato.",
        "9. Guarde el libro como .xlsx (Libro de Excel) y revíselo antes de enviarlo:"
            + " mpi validate archivo.xlsx",
        "La hoja «Instrucciones» no se lee; sólo se lee la hoja «mediciones».");
  }

  /** Writes the lines into {@code ws}, one per row, the title in bold. */
  static void write(Worksheet ws, String scope, int rows) {
    List<String> lines = lines(scope, rows);
    ws.width(0, WIDTH);
    ws.setFitToPage(true);
    ws.fitToWidth((short) 1);
    for (int r = 0; r < lines.size(); r++) {
      ws.value(r, 0, lines.get(r));
      ws.rowHeight(r, (r == 0 ? 20.0 : 15.0) * TemplateXlsx.lines(lines.get(r), WIDTH));
      var style = ws.style(r, 0).wrapText(true).verticalAlignment("top");
      (r == 0 ? style.bold().fontSize(14) : style).set();
    }
  }
}
