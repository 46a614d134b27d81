package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import mx.gob.cdmx.mpi.render.sipot.SipotFormats;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mpi exporta sipot}: the transparency formats, opened as a spreadsheet would. */
class ExportSipotCommandTest {

  /** The columns of fraction V, copied by hand from the text of issue #16. */
  static final List<String> FRACTION_V =
      List.of(
          "Ejercicio",
          "Fecha de inicio del periodo que se informa (día/mes/año)",
          "Fecha de término del periodo que se informa (día/mes/año)",
          "Objetivo institucional",
          "Nombre del indicador",
          "Dimensión(es) a medir",
          "Definición del indicador",
          "Método de cálculo",
          "Unidad de medida",
          "Frecuencia de medición",
          "Línea base",
          "Metas programadas",
          "Metas ajustadas, en su caso",
          "Avance de las metas",
          "Sentido del indicador",
          "Fuente de información",
          "Área(s) responsable(s) que genera(n), posee(n), publica(n) y actualiza(n) la"
              + " información",
          "Fecha de validación",
          "Fecha de actualización",
          "Nota");

  @TempDir Path dir;

  private Path export(String fraction, String format, Path data, String... extra) {
    Path out = dir.resolve(fraction + "." + format);
    List<String> args =
        new ArrayList<>(
            List.of(
                "exporta",
                "sipot",
                "--fraccion",
                fraction,
                "--period",
                "2025-Q2",
                "--format",
                format,
                "-o",
                out.toString()));
    args.addAll(List.of(extra));
    args.add(data.toString());
    CliRun r = CliRun.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("(26 indicadores)");
    return out;
  }

  private static List<Row> rows(Path xlsx) throws IOException {
    try (ReadableWorkbook wb =
        new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
      return wb.getFirstSheet().read();
    }
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      out.add(row.getCellText(c));
    }
    return out;
  }

  @Test
  void fractionVOpensWithTheColumnsInOrderDatesAndOneRowPerIndicator() throws IOException {
    Path xlsx = export("V", "xlsx", Path.of("examples"), "--date", "2025-07-15");
    List<Row> rows = rows(xlsx);
    assertThat(texts(rows.get(0))).containsExactlyElementsOf(FRACTION_V);
    assertThat(rows).hasSize(1 + 26);
    Row first = rows.get(1);
    assertThat(first.getCell(0).asNumber()).isEqualByComparingTo("2025");
    for (int[] c : new int[][] {{1, 4, 1}, {2, 6, 30}, {17, 7, 15}, {18, 7, 15}}) {
      Cell date = first.getCell(c[0]);
      assertThat(date.getType()).isEqualTo(CellType.NUMBER);
      assertThat(date.getDataFormatString()).isEqualTo("dd/mm/yyyy");
      assertThat(date.asDate()).isEqualTo(LocalDateTime.of(2025, c[1], c[2], 0, 0));
    }
    // 1.1.1: 1 + 1 sessions of a target of 4 -> 50.0 %.
    assertThat(first.getCellText(4))
        .isEqualTo("Realización de las sesiones de la Junta de Gobierno.");
    assertThat(first.getCellText(5)).isEqualTo("Eficacia");
    assertThat(first.getCellText(11)).isEqualTo("4 sesiones");
    assertThat(first.getCellText(13)).startsWith("50.0 %");
    assertThat(first.getCellText(14)).isEqualTo("Ascendente");
  }

  @Test
  void fractionViHasTheProgrammeAndTheFormulaWithItsVariables() throws IOException {
    Path xlsx = export("VI", "xlsx", Path.of("examples"));
    List<Row> rows = rows(xlsx);
    List<String> header = texts(rows.get(0));
    assertThat(header).hasSize(21);
    assertThat(header.get(3))
        .isEqualTo("Nombre del programa o concepto al que corresponde el indicador");
    assertThat(header.get(8)).isEqualTo("Método de cálculo con variables de la fórmula");
    assertThat(rows).hasSize(27);
    assertThat(rows.get(1).getCellText(3)).startsWith("ATENCIÓN INTEGRAL A PERSONAS DEFENSORAS");
    assertThat(rows.get(1).getCellText(8))
        .contains("Fórmula: realizadas / programadas * 100, donde")
        .contains("programadas = lo programado en el periodo según el calendario del plan");
  }

  @Test
  void anEmptyCellIsExplainedInTheNote() throws IOException {
    List<CSVRecord> rows = csv(export("V", "csv", Path.of("examples")));
    CSVRecord cc =
        rows.stream()
            .filter(r -> r.get(4).startsWith("Actividades con el Consejo"))
            .findFirst()
            .orElseThrow();
    assertThat(cc.get(5)).isEmpty();
    assertThat(cc.get(17)).isEmpty();
    assertThat(cc.get(19))
        .contains("Dimensión: el plan no la indica")
        .contains("Metas ajustadas: el plan no registra ajuste")
        .contains("no se indicó fecha al exportar");
    assertThat(rows.get(1).get(1)).isEqualTo("01/04/2025");
    assertThat(rows.get(1).get(2)).isEqualTo("30/06/2025");
  }

  @Test
  void theExportIsThePublicEdition() throws IOException {
    Path data = PublicEditionCommandTest.DATA;
    String all = Files.readString(export("VI", "csv", data), StandardCharsets.UTF_8);
    assertThat(all)
        .doesNotContain("NOTA-SECRETA")
        .doesNotContain("FUENTE-INTERNA")
        .doesNotContain("ACCION-SECRETA");
    List<CSVRecord> rows = csv(dir.resolve("VI.csv"));
    // 1.2.2b: 0 + 2 incorporations.
    CSVRecord b =
        rows.stream()
            .filter(r -> r.get(20).startsWith("Indicador 1.2.2b "))
            .findFirst()
            .orElseThrow();
    assertThat(b.get(14)).startsWith("menos de 5 incorporaciones en enero–junio 2025");
    // 1.2.3: 9 + 3; the 12 to date would give the 3 away.
    CSVRecord c =
        rows.stream()
            .filter(r -> r.get(20).startsWith("Indicador 1.2.3 "))
            .findFirst()
            .orElseThrow();
    assertThat(c.get(14)).isEmpty();
    assertThat(c.get(20)).contains("Avance: reservado");
    assertThat(String.join("|", c.values())).doesNotContain("12");
    // 1.2.2a: 6 + 7 people, publishable.
    CSVRecord a =
        rows.stream()
            .filter(r -> r.get(20).startsWith("Indicador 1.2.2a "))
            .findFirst()
            .orElseThrow();
    assertThat(a.get(14)).startsWith("13 incorporaciones en enero–junio 2025");
  }

  @Test
  void theSameInputsGiveTheSameBytes() throws IOException {
    byte[] once =
        Files.readAllBytes(export("V", "xlsx", Path.of("examples"), "--date", "2025-07-15"));
    byte[] twice =
        Files.readAllBytes(export("V", "xlsx", Path.of("examples"), "--date", "2025-07-15"));
    assertThat(twice).isEqualTo(once);
  }

  @Test
  void anUnknownFractionIsAUsageErrorThatListsTheFormats() {
    CliRun r =
        CliRun.run("exporta", "sipot", "--fraccion", "VII", "--period", "2025-Q2", "examples");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("fracción desconocida: «VII»").contains("V, VI");
  }

  @Test
  void aFormatFileWithAnUnknownFieldIsRefused() {
    String yaml =
        "version: x\nfuente: y\nformatos:\n  - fraccion: V\n    columnas:\n"
            + "      - {encabezado: A, campo: no_existe}\n";
    assertThatThrownBy(() -> SipotFormats.parse(yaml.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("campo desconocido «no_existe»");
  }

  @Test
  void theFormatsResourceNamesItsSource() {
    SipotFormats f = SipotFormats.load();
    assertThat(f.version()).isEqualTo("2025-1");
    assertThat(f.source()).contains("fracción V").contains("fracción VI").contains("2025");
    assertThat(f.format("V").orElseThrow().columns()).hasSize(20);
  }
}
