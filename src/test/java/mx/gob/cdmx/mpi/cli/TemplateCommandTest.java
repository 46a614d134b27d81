package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mpi template}: one empty row per indicator and declared variable, with the plan's
 * informative columns, as CSV (UTF-8 with BOM) or xlsx; and the round trip template → fill →
 * validate → evaluate (docs/excel.md).
 */
class TemplateCommandTest {

  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  private static final String PLAN = EvaluateCommandTest.resource("plan-pequeno.yaml");

  /** Three indicators of three areas: 1.1 (8 sesiones), 2.1 (90 %), 3.1 (120 horas, decimal). */
  static final String AREAS = EvaluateCommandTest.resource("plan-areas.yaml");

  private static final String HEADER =
      "indicador,nombre,unidad,meta del periodo,responsable,periodo,variable,valor,nota,fuente,"
          + "accion,fecha_compromiso\n";

  @Test
  void csvCarriesTheInformativeColumnsAndABom() {
    // Q1 targets: 1.1 = 6 × 25 / 100 = 1.5; 1.2 = 1 × 100 / 100 = 1; 1.3 is 100 %. The name of 1.1
    // looks like a spreadsheet formula, so it is neutralised with a leading '.
    CliRun r = run("--plan", PLAN, "template", "--period", "2025-Q1");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "\uFEFF"
                + HEADER
                + "1.1,\"'=HYPERLINK(\"\"http://ejemplo.invalid\"\")\",sesiones,1.5,,2025-Q1,"
                + "realizadas,,,,,\n"
                + "1.2,Acción anual del primer trimestre,publicaciones,1,,2025-Q1,realizadas,,,,,\n"
                + "1.3,Porcentaje atendido,%,100,,2025-Q1,realizadas,,,,,\n"
                + "1.3,Porcentaje atendido,%,100,,2025-Q1,solicitadas,,,,,\n");
  }

  @Test
  void keepsIndicatorsWithNothingScheduledSoTheReportSaysNotDue(@TempDir Path dir)
      throws IOException {
    // B1 (Jan–Feb): 1.1 has F(2) − F(0) = 0 scheduled, yet it is listed. Filled with zeros, the
    // to-date window Jan–Feb is complete and target_to_date = 6 × 0 / 100 = 0 -> not-due
    // ("Aún no vence"), where a missing row would give no-data.
    CliRun b1 = run("--plan", PLAN, "template", "--period", "2025-B1");
    assertThat(b1.out()).contains(",0,,2025-B1,realizadas,", "1.2,Acción anual");

    Path filled = dir.resolve("b1.csv");
    Files.writeString(filled, fill(b1.out(), "0", "0", "0", "0"), StandardCharsets.UTF_8);
    JsonNode eval = evaluate(PLAN, "2025-B1", filled);

    assertThat(eval.at("/indicators/0/status").asText()).isEqualTo("not-due");
  }

  @Test
  void writesTheTemplateToAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plantilla.csv");

    CliRun r = run("--plan", PLAN, "template", "--period", "2025-Q1", "-o", file.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Plantilla escrita en " + file + " (4 filas).");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("\uFEFF" + HEADER);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void neverReplacesAnExistingFileWithoutForce(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("q1.xlsx");
    Files.writeString(file, "cifras ya capturadas");

    CliRun refused = run("--plan", AREAS, "template", "--period", "2025-Q1", "-o", "" + file);

    assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err())
        .contains("ya existe " + file + " y no se reemplaza", "--force")
        .doesNotContain("Exception");
    assertThat(Files.readString(file)).isEqualTo("cifras ya capturadas");

    CliRun forced =
        run("--plan", AREAS, "template", "--period", "2025-Q1", "-o", "" + file, "--force");

    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(Files.readAllBytes(file)).startsWith('P', 'K');
  }

  @Test
  void responsableKeepsTheIndicatorsOfOneAreaIgnoringCaseAndAccents() {
    // "transparéncia" is in 2.1 (Unidad de Transparencia) and 3.1 (…; Unidad de Transparencia).
    CliRun r =
        run("--plan", AREAS, "template", "--period", "2025-Q1", "--responsable", "TRANSPARÉNCIA");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().skip(1).map(l -> l.substring(0, 3)))
        .containsExactly("2.1", "2.1", "3.1");
    assertThat(r.out())
        .contains(",Coordinación de Desarrollo y Evaluación de Medidas; Unidad de Transparencia,");
  }

  @Test
  void responsableThatMatchesNothingIsAUsageError() {
    CliRun r = run("--plan", AREAS, "template", "--period", "2025-Q1", "--responsable", "Jurídica");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("«Jurídica»", "mpi plan show --responsables");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void blankResponsableIsAUsageError() {
    CliRun r = run("--plan", AREAS, "template", "--period", "2025-Q1", "--responsable", " ");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--responsable está vacío");
  }

  @Test
  void xlsxGoesToStandardOutputWithDashO() {
    CliRun r =
        run("--plan", AREAS, "template", "--period", "2025-Q1", "--format", "xlsx", "-o", "-");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("PK");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void baselineYearTemplatesAreAllowedWithoutTargets() {
    CliRun base = run("--plan", AREAS, "template", "--period", "2024-Q1");
    CliRun older = run("--plan", AREAS, "template", "--period", "2023-Q1");

    assertThat(base.code()).as(base.err()).isZero();
    assertThat(base.out()).contains("1.1,Sesiones ordinarias,sesiones,,Dirección General,2024-Q1,");
    assertThat(older.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(older.err()).contains("2023-Q1", "2024");
  }

  @Test
  void planShowListsTheAreasWithTheirIndicators() {
    CliRun r = run("--plan", AREAS, "plan", "show", "--responsables");

    // The final period is dropped and the double blank of 3.1's text collapsed.
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith(
            "Dirección General\n  1 indicador: 1.1\n"
                + "Unidad de Transparencia\n  1 indicador: 2.1\n"
                + "Coordinación de Desarrollo y Evaluación de Medidas; Unidad de Transparencia\n"
                + "  1 indicador: 3.1\n\n3 áreas ");
  }

  @Test
  void fillsTheWholeEmbeddedPlanForAQuarter() {
    CliRun r = run("template", "--period", "2025-Q2");

    // All 26 indicators, and 4.1 and 5.1 have two variables: 26 + 2 = 28 rows plus the header.
    assertThat(r.out().lines()).hasSize(29);
    assertThat(r.out()).contains("\n1.1.4,Elaboración", "\n6,Aprobación del Plan Anual");
  }

  @Test
  void csvRoundTripValidatesAndEvaluatesToTheHandFigures(@TempDir Path dir) throws IOException {
    CliRun template = run("--plan", AREAS, "template", "--period", "2025-Q1");
    Path filled = dir.resolve("q1.csv");
    Files.writeString(filled, fill(template.out(), "3", "9", "10", "18.5"), StandardCharsets.UTF_8);

    assertThat(run("--plan", AREAS, "validate", "" + filled).code()).isZero();
    assertHandFigures(evaluate(AREAS, "2025-Q1", filled));
  }

  @Test
  void xlsxRoundTripValidatesAndEvaluatesToTheHandFigures(@TempDir Path dir) throws IOException {
    Path template = dir.resolve("q1.xlsx");
    assertThat(run("--plan", AREAS, "template", "--period", "2025-Q1", "-o", "" + template).code())
        .isZero();
    Path filled = dir.resolve("q1-llena.xlsx");
    Files.write(filled, fillXlsx(template, Map.of("H2", "3", "H3", "9", "H4", "10", "H5", "18.5")));

    CliRun validate = run("--plan", AREAS, "validate", "" + filled);
    assertThat(validate.code()).as(validate.all()).isZero();
    assertHandFigures(evaluate(AREAS, "2025-Q1", filled));
  }

  @Test
  void xlsxFilledAndSavedByLibreOfficeEvaluatesToTheHandFigures() throws Exception {
    Path saved =
        Path.of(
            TemplateCommandTest.class
                .getResource("/excel/libreoffice/plantilla/plantilla-2025-Q1-llena.xlsx")
                .toURI());

    CliRun validate = run("--plan", AREAS, "validate", "" + saved);
    assertThat(validate.code()).as(validate.all()).isZero();
    assertHandFigures(evaluate(AREAS, "2025-Q1", saved));
  }

  /**
   * Q1 targets: 1.1 = 8 × 25 / 100 = 2, 2.1 = 90 %, 3.1 = 120 × 20 / 100 = 24. Filled with 3, 9 of
   * 10, 18.5: 3 / 2 × 100 = 150 (green, over target), 9 / 10 × 100 = 90 (green), 18.5 / 24 × 100 =
   * 77.083…, shown with one decimal as 77.1 (yellow).
   */
  private static void assertHandFigures(JsonNode eval) {
    JsonNode i = eval.get("indicators");
    assertThat(i.get(0).get("status").asText()).isEqualTo("green");
    assertThat(i.get(0).get("over_target").asBoolean()).isTrue();
    assertThat(i.get(0).get("result_period").decimalValue()).isEqualByComparingTo("150");
    assertThat(i.get(1).get("status").asText()).isEqualTo("green");
    assertThat(i.get(1).get("result_period").decimalValue()).isEqualByComparingTo("90");
    assertThat(i.get(2).get("status").asText()).isEqualTo("yellow");
    assertThat(i.get(2).get("realized_period").decimalValue()).isEqualByComparingTo("18.5");
    assertThat(i.get(2).get("result_period").decimalValue()).isEqualByComparingTo("77.1");
  }

  @Test
  void xlsxHasTheLockedShadedColumnsTextPeriodAndInstructions(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("q1.xlsx");
    run("--plan", AREAS, "template", "--period", "2025-Q1", "-o", "" + file);

    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).containsExactly("mediciones", "Instrucciones");
      List<Row> rows = sheets.get(0).read();
      assertThat(rows.get(0).getCellText(3)).isEqualTo("meta del periodo");
      assertThat(rows.get(1).getCellText(0)).isEqualTo("1.1");
      assertThat(rows.get(1).getCell(3).asNumber()).isEqualByComparingTo("2");
      assertThat(rows.get(1).getCell(5).getType().name()).isEqualTo("STRING");
      assertThat(rows.get(1).getCellText(5)).isEqualTo("2025-Q1");
      assertThat(sheets.get(1).read().get(0).getCellText(0))
          .isEqualTo("Cómo llenar esta plantilla");
    }
    String sheet = entry(file, "xl/worksheets/sheet1.xml");
    assertThat(sheet)
        .contains("<sheetProtection password=", "sheet=\"true\"", "state=\"frozen\"")
        .contains(
            "sqref=\"G3:G4\" type=\"list\"", "<formula1>\"realizadas,solicitadas\"</formula1>")
        .contains("sqref=\"H2:H4\" type=\"custom\"")
        .contains("<formula1>AND(ISNUMBER(H2),H2&gt;=0,H2=INT(H2))</formula1>")
        .contains("sqref=\"H5:H5\" type=\"custom\"")
        .contains("<formula1>AND(ISNUMBER(H5),H5&gt;=0)</formula1>");
    assertThat(entry(file, "xl/styles.xml")).contains("<protection locked=\"false\"");
  }

  @Test
  void sameRowsGiveTheSameXlsxBytes(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.xlsx");
    Path b = dir.resolve("b.xlsx");
    run("--plan", AREAS, "template", "--period", "2025-Q1", "-o", "" + a);
    run("--plan", AREAS, "template", "--period", "2025-Q1", "--format", "xlsx", "-o", "" + b);

    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }

  @Test
  void refusesAnOutputInAFolderThatDoesNotExist(@TempDir Path dir) {
    CliRun r = run("template", "--period", "2025-Q1", "-o", dir.resolve("no/x.csv").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no existe la carpeta de salida");
  }

  /** The CSV template with its empty {@code valor} cells filled, in order. */
  static String fill(String csv, String... values) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (String line : csv.split("\n", -1)) {
      if (line.endsWith(",,,,,") && next < values.length) {
        line = line.substring(0, line.length() - 5) + "," + values[next++] + ",,,,";
      }
      out.append(line).append(line.isEmpty() ? "" : "\n");
    }
    return out.toString();
  }

  /** The workbook with numbers typed into empty cells, as a spreadsheet would save them. */
  static byte[] fillXlsx(Path xlsx, Map<String, String> cells) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipFile in = new ZipFile(xlsx.toFile());
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e : new ArrayList<>(java.util.Collections.list(in.entries()))) {
        byte[] bytes;
        try (InputStream s = in.getInputStream(e)) {
          bytes = s.readAllBytes();
        }
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          for (var c : cells.entrySet()) {
            xml =
                xml.replaceFirst(
                    "<c r=\"" + c.getKey() + "\" s=\"(\\d+)\"></c>",
                    "<c r=\"" + c.getKey() + "\" s=\"$1\"><v>" + c.getValue() + "</v></c>");
          }
          bytes = xml.getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(bytes);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static String entry(Path xlsx, String name) throws IOException {
    try (ZipFile zip = new ZipFile(xlsx.toFile());
        InputStream in = zip.getInputStream(zip.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static JsonNode evaluate(String plan, String period, Path data) throws IOException {
    CliRun r =
        run("--plan", plan, "evaluate", "--period", period, "--format", "json", data.toString());
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  static Path resourcePath(String name) throws URISyntaxException {
    return Path.of(TemplateCommandTest.class.getResource(name).toURI());
  }
}
