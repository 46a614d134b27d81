package mx.gob.cdmx.mpi.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.io.XlsxFixture;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.render.problems.ProblemFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks written by hand (not by the tool's writer) go through the same checks as CSV. */
class XlsxValidationTest {

  static final Plan PLAN = PlanReader.readEmbedded().plan();

  @TempDir Path dir;

  ValidationResult validate(Path... paths) {
    return Validator.validate(PLAN, List.of(paths));
  }

  /**
   * The workbook of docs/excel.md: a cover sheet first, then "mediciones" with a name column, a
   * period Excel turned into a date, formulas with and without a cached value, a number stored as
   * text, blank rows, a hidden row, an error cell and a value with binary noise.
   */
  Path oddWorkbook() throws IOException {
    return new XlsxFixture()
        .sheet("Portada")
        .row(1, "s:Mediciones de la Dirección General")
        .sheet("Mediciones")
        .row(1, "s:indicador", "s:nombre", "s:periodo", "s:valor", "s:nota")
        .row(2, "s:1.1.1", "s:Sesiones", "s:2025-Q1", "n:2", "s:ordinarias")
        .row(3, "s:1.1.2", "", "d:45717", "n:1")
        .row(4, "s:1.1.3", "", "s:2025-Q1", "f:1+1|2")
        .row(5, "s:1.1.4", "", "s:2025-Q1", "f:A1*2|")
        .row(6, "s:1.3", "", "s:2025-Q1", "s:3")
        .row(8)
        .row(9, true, "s:4.1", "", "s:2025-Q1", "n:5")
        .row(10, "s:2.1", "", "s:2025-Q1", "e:#DIV/0!")
        .row(11, "s:1.2.3", "", "s:2025-Q1", "n:0.30000000000000004")
        .write(dir.resolve("oficina.xlsx"));
  }

  @Test
  void readsTheMedicionesSheetWithTheDocumentedMessagesAtTheRightCells() throws IOException {
    ValidationResult r = validate(oddWorkbook());

    assertThat(r.problems())
        .filteredOn(p -> !p.code().equals("value-above-target"))
        .extracting(Problem::code, Problem::sheet, Problem::cell, Problem::line)
        .containsExactly(
            tuple("bad-period", "Mediciones", "C3", 3),
            tuple("formula-without-value", "Mediciones", "D5", 5),
            tuple("hidden-row", "Mediciones", "", 9),
            tuple("cell-error", "Mediciones", "D10", 10),
            tuple("fraction-in-integer", "Mediciones", "D11", 11));
    assertThat(r.problems().get(0).format())
        .startsWith(dir.resolve("oficina.xlsx") + ", hoja Mediciones, celda C3: error: ")
        .contains("Excel convirtió el periodo en una fecha (2025-03-01)")
        .contains("formato de Texto")
        .contains("'2025-03");
    assertThat(r.problems().get(1).message()).contains("=A1*2").contains("guárdelo de nuevo");
    assertThat(r.problems().get(2).format()).contains("hoja Mediciones, fila 9: warning:");
    assertThat(r.problems().get(3).message()).contains("#DIV/0!");
    assertThat(r.problems().get(4).message()).startsWith("el valor 0.3 tiene decimales");
    assertThat(r.data().measurements())
        .extracting(Measurement::indicator, m -> m.value().toPlainString(), Measurement::line)
        .containsExactly(
            tuple("1.1.1", "2", 2),
            tuple("1.1.3", "2", 4),
            tuple("1.3", "3", 6),
            tuple("4.1", "5", 9));
    assertThat(r.data().files())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rows()).isEqualTo(8); // rows 2-6 and 9-11
              assertThat(f.encoding()).isEqualTo("libro de Excel, hoja «Mediciones»");
            });
  }

  @Test
  void aFirstSheetIsReadWhenNoneIsCalledMediciones() throws IOException {
    Path book =
        new XlsxFixture()
            .sheet("Hoja1")
            .row(1, "s:Indicator", "s:Period", "s:Value")
            .row(2, "s:1.1.1", "s:2025-Q2", "n:1")
            .sheet("Hoja2")
            .row(1, "s:no se lee")
            .write(dir.resolve("a.xlsx"));

    ValidationResult r = validate(book);

    assertThat(r.problems()).isEmpty();
    assertThat(r.data().measurements())
        .singleElement()
        .extracting(Measurement::indicator)
        .isEqualTo("1.1.1");
  }

  @Test
  void headerProblemsOfAWorkbookNameTheHeaderCell() throws IOException {
    Path book =
        new XlsxFixture()
            .sheet("mediciones")
            .row(1, "s:indicador", "s:periodo", "s:valor", "s:comentario")
            .row(2, "s:1.1.1", "s:2025-Q2", "n:1", "s:x")
            .write(dir.resolve("a.xlsx"));

    Problem p = validate(book).problems().get(0);

    assertThat(p.code()).isEqualTo("unknown-column");
    assertThat(p.location()).endsWith("a.xlsx, hoja mediciones, celda D1");
  }

  @Test
  void outputsLocateAProblemBySheetAndCell() throws IOException {
    ValidationResult r = validate(oddWorkbook());
    ObjectMapper json = new ObjectMapper();

    JsonNode first = json.readTree(ProblemFormat.json(r)).get("problems").get(0);
    JsonNode sarif =
        json.readTree(ProblemFormat.sarif(r, "0.1.0")).get("runs").get(0).get("results").get(0);
    String github = ProblemFormat.github(r);

    assertThat(first.get("sheet").asText()).isEqualTo("Mediciones");
    assertThat(first.get("cell").asText()).isEqualTo("C3");
    assertThat(first.get("line").asInt()).isEqualTo(3);
    assertThat(first.get("column").asInt()).isEqualTo(3);
    JsonNode location = sarif.get("locations").get(0);
    assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asText())
        .isEqualTo("Mediciones!C3");
    assertThat(location.get("physicalLocation").has("region")).isFalse();
    assertThat(sarif.get("message").get("text").asText()).startsWith("hoja Mediciones, celda C3: ");
    assertThat(github).contains(",line=3,col=3,title=bad-period::hoja Mediciones, celda C3: ");
  }

  @Test
  void oldAndOtherSpreadsheetFormatsGetAClearErrorWithHowToSave() throws IOException {
    Path xls = dir.resolve("viejo.xls");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
    Path ods = dir.resolve("calc.ods");
    Files.writeString(ods, "x");
    Path numbers = dir.resolve("mac.numbers");
    Files.writeString(numbers, "x");

    ValidationResult r = validate(xls, ods, numbers);

    assertThat(r.problems()).extracting(Problem::code).containsOnly("spreadsheet-format");
    assertThat(r.problems())
        .extracting(Problem::message)
        .satisfiesExactly(
            m -> assertThat(m).contains(".xls").contains("Libro de Excel (*.xlsx)"),
            m -> assertThat(m).contains("LibreOffice Calc").contains("(.xlsx)"),
            m -> assertThat(m).contains("Numbers").contains("Exportar a"));
  }

  @Test
  void aWorkbookNamedCsvAndACsvNamedXlsxAreReadByContentWithAWarning() throws IOException {
    Path book =
        new XlsxFixture()
            .sheet("mediciones")
            .row(1, "s:indicador", "s:periodo", "s:valor")
            .row(2, "s:1.1.1", "s:2025-Q2", "n:1")
            .write(dir.resolve("libro.csv"));
    Path text = dir.resolve("texto.xlsx");
    Files.writeString(text, "indicador,periodo,valor\n1.1.2,2025-Q2,1\n", StandardCharsets.UTF_8);

    ValidationResult r = validate(book, text);

    assertThat(r.problems())
        .extracting(p -> Path.of(p.file()).getFileName().toString(), Problem::code)
        .containsExactly(
            tuple("libro.csv", "content-mismatch"), tuple("texto.xlsx", "content-mismatch"));
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.data().measurements())
        .extracting(Measurement::indicator)
        .containsExactly("1.1.1", "1.1.2");
  }

  @Test
  void aDamagedWorkbookIsReportedNotThrown() throws IOException {
    Path bad = dir.resolve("roto.xlsx");
    Files.write(bad, new byte[] {'P', 'K', 3, 4, 1, 2, 3});

    Problem p = validate(bad).problems().get(0);

    assertThat(p.code()).isEqualTo("file-unreadable");
    assertThat(p.message()).contains("guárdelo de nuevo");
  }

  @Test
  void aLibreOfficeWorkbookReadsFormulasByTheirValueAndNumbersStoredAsText() {
    ValidationResult r = validate(Path.of("src/test/resources/excel/libreoffice/raro/raro.xlsx"));

    assertThat(r.data().measurements())
        .extracting(Measurement::indicator, m -> m.value().toPlainString(), Measurement::line)
        .containsExactly(
            tuple("1.1.1", "1", 2), // plain number
            tuple("1.1.3", "3", 4), // =1+2, read by its cached value
            tuple("1.3", "2", 5), // "2" stored as text
            tuple("4.1", "4", 8)); // hidden row, read with a warning
  }
}
