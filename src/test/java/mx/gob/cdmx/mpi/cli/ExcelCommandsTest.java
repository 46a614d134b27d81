package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Workbooks saved by LibreOffice (not by mpi) through the commands, as an office would use them.
 */
class ExcelCommandsTest {

  static final String LO = "src/test/resources/excel/libreoffice/";

  @Test
  void aWorkbookWithTheSameFactsAsTheCsvEvaluatesToIdenticalFigures() {
    CliRun csv = CliRun.run("evaluate", "--period", "2025-Q2", "--format", "csv", "examples/");
    CliRun xlsx =
        CliRun.run("evaluate", "--period", "2025-Q2", "--format", "csv", LO + "ejemplos/");

    assertThat(csv.code()).isZero();
    assertThat(xlsx.code()).isZero();
    assertThat(xlsx.err()).isEmpty();
    assertThat(xlsx.out()).isEqualTo(csv.out());
  }

  @Test
  void theSameFactsGiveTheSameRowCountAndNoProblems() {
    CliRun xlsx = CliRun.run("validate", LO + "ejemplos/");

    // 16 + 53 + 18 data lines in examples/*.csv
    assertThat(xlsx.out()).isEqualTo("3 archivos, 87 filas: sin errores ni advertencias.\n");
  }

  @Test
  void aLibreOfficeWorkbookWithDatesFormulasTextNumbersAndHiddenRowsGetsTheDocumentedMessages() {
    CliRun r = CliRun.run("validate", LO + "raro/raro.xlsx");
    String book = LO + "raro/raro.xlsx, hoja mediciones, ";

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out().lines().toList())
        .containsExactly(
            book
                + "celda B3: error: Excel convirtió el periodo en una fecha (2025-03-01); dé a la"
                + " columna «periodo» formato de Texto (Inicio › Número › Texto) y escriba el"
                + " código de nuevo, p. ej. 2025-03, o escríbalo con un apóstrofo delante:"
                + " '2025-03 [bad-period]",
            book
                + "fila 8: warning: la fila 8 está oculta en el libro, pero se leyó como cualquier"
                + " otra; si no debe contar, bórrela (ocultarla no la quita de los datos)"
                + " [hidden-row]",
            book
                + "celda C9: error: el valor 0.3 tiene decimales, pero «realizadas» de 1.2.3 se"
                + " cuenta en números enteros (colaboraciones): escriba 0 o 1"
                + " [fraction-in-integer]",
            "1 archivo, 6 filas: 2 errores, 1 advertencia.");
  }
}
