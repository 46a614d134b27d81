package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mpi evaluate} as a user and a program meet it: JSON with exactly the keys of
 * docs/metodologia.md §12, CSV with the same columns and formula cells neutralised, a table, and
 * the usage errors.
 */
class EvaluateCommandTest {

  static final List<String> INDICATOR_KEYS =
      List.of(
          "id",
          "name",
          "program",
          "status",
          "over_target",
          "coverage",
          "target",
          "target_period",
          "target_to_date",
          "realized_period",
          "realized_to_date",
          "result_period",
          "result_to_date",
          "progress",
          "baseline_period",
          "baseline_to_date",
          "reason");

  static final List<String> STATUS_CODES =
      List.of("no-target", "no-data", "partial", "not-due", "green", "yellow", "red");

  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  static String resource(String name) {
    try {
      return Path.of(EvaluateCommandTest.class.getResource("/evaluate/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode indicator(JsonNode root, String id) {
    for (JsonNode i : root.get("indicators")) {
      if (i.get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + id);
  }

  @Test
  void writesJsonWithExactlyTheKeysOfTheSpec() throws IOException {
    CliRun r =
        run("evaluate", "--period", "2025-Q2", "--format", "json", resource("datos-2025-q2"));

    assertThat(r.code()).isZero();
    assertThat(r.out()).endsWith("}\n");
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(fieldNames(root))
        .containsExactly("period", "plan", "thresholds", "indicators", "summary");
    assertThat(root.get("period").asText()).isEqualTo("2025-Q2");
    assertThat(fieldNames(root.get("plan"))).containsExactly("id", "year");
    assertThat(root.get("plan").get("year").asInt()).isEqualTo(2025);
    assertThat(fieldNames(root.get("thresholds")))
        .containsExactly("green", "yellow", "over_target");
    assertThat(root.get("indicators")).hasSize(26);
    for (JsonNode i : root.get("indicators")) {
      assertThat(fieldNames(i)).containsExactlyElementsOf(INDICATOR_KEYS);
      for (String numeric : INDICATOR_KEYS.subList(6, 16)) {
        assertThat(i.get(numeric).isNumber() || i.get(numeric).isNull())
            .as(i.get("id") + " " + numeric)
            .isTrue();
      }
      assertThat(i.get("over_target").isBoolean()).isTrue();
      assertThat(STATUS_CODES).contains(i.get("status").asText());
      assertThat(List.of("complete", "partial", "none")).contains(i.get("coverage").asText());
    }
    assertThat(fieldNames(root.get("summary"))).containsExactlyElementsOf(STATUS_CODES);
  }

  @Test
  void evaluatesTheTestDataAsWorkedByHand() throws IOException {
    JsonNode root =
        new ObjectMapper()
            .readTree(
                run(
                        "evaluate",
                        "--period",
                        "2025-Q2",
                        "--format",
                        "json",
                        resource("datos-2025-q2"))
                    .out());

    // 1.1.2: target 6, quarterly: Q2 target_period 6 × 25 / 100 = 1.5, to date 3.
    // Realized Q2 1, to date 2 + 1 = 3: 1 / 1.5 × 100 = 66.7 and 3 / 3 × 100 = 100.0, green.
    JsonNode council = indicator(root, "1.1.2");
    assertThat(council.get("target_period").decimalValue()).isEqualTo(new BigDecimal("1.5"));
    assertThat(council.get("target_to_date").asText()).isEqualTo("3");
    assertThat(council.get("result_period").asText()).isEqualTo("66.7");
    assertThat(council.get("result_to_date").asText()).isEqualTo("100.0");
    assertThat(council.get("progress").asText()).isEqualTo("50.0");
    assertThat(council.get("status").asText()).isEqualTo("green");
    assertThat(council.get("reason").isNull()).isTrue();
    // 1.1.4: annual action due in Q1: Q2 target_period 0, to date 1; 1 / 1 -> green.
    JsonNode annual = indicator(root, "1.1.4");
    assertThat(annual.get("target_period").asText()).isEqualTo("0");
    assertThat(annual.get("result_period").isNull()).isTrue();
    assertThat(annual.get("result_to_date").asText()).isEqualTo("100.0");
    assertThat(annual.get("reason").asText())
        .isEqualTo("sin meta programada en este periodo (meta del periodo 0)");
    // 1.3: April 0 and May 1 only: partial in both windows.
    JsonNode workshops = indicator(root, "1.3");
    assertThat(workshops.get("status").asText()).isEqualTo("partial");
    assertThat(workshops.get("realized_period").asText()).isEqualTo("1");
    assertThat(workshops.get("reason").asText())
        .isEqualTo(
            "ventana parcial: falta junio; "
                + "acumulado parcial (enero–junio): faltan enero, febrero, marzo y junio");
    // 4.1: percent target; one S1 row of each variable: none for Apr–Jun, 3 / 4 × 100 = 75.0
    // to date, yellow.
    JsonNode percent = indicator(root, "4.1");
    assertThat(percent.get("target_to_date").asText()).isEqualTo("100");
    assertThat(percent.get("realized_period").isNull()).isTrue();
    assertThat(percent.get("result_to_date").asText()).isEqualTo("75.0");
    assertThat(percent.get("progress").isNull()).isTrue();
    assertThat(percent.get("status").asText()).isEqualTo("yellow");
    // 3 green, 1 yellow, 1 partial, 10 without a target and 26 − 15 = 11 without data.
    JsonNode summary = root.get("summary");
    assertThat(summary.get("green").asInt()).isEqualTo(3);
    assertThat(summary.get("yellow").asInt()).isEqualTo(1);
    assertThat(summary.get("partial").asInt()).isEqualTo(1);
    assertThat(summary.get("no-target").asInt()).isEqualTo(10);
    assertThat(summary.get("no-data").asInt()).isEqualTo(11);
    assertThat(summary.get("red").asInt()).isZero();
  }

  @Test
  void writesJsonByteForByteAsTheGoldenFile() throws IOException, URISyntaxException {
    // Hand-written: 1.1 target 6, Q1 1.5; 2 / 1.5 × 100 = 133.3 (> 110, over target); progress
    // 2 / 6 × 100 = 33.3. 1.2 due in Q1: 1 / 1. 1.3 percent target: 3 / 3, no progress.
    CliRun r =
        run(
            "--plan",
            resource("plan-pequeno.yaml"),
            "evaluate",
            "--period",
            "2025-Q1",
            "--format",
            "json",
            resource("datos-pequeno"));

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            Files.readString(Path.of(resource("pequeno-2025-Q1.json")), StandardCharsets.UTF_8));
  }

  @Test
  void evaluatesTheExamplesWithTheSpecKeys() throws IOException {
    CliRun r = run("evaluate", "--period", "2025-Q2", "--format", "json", "examples");

    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(fieldNames(root))
        .containsExactly("period", "plan", "thresholds", "indicators", "summary");
    for (JsonNode i : root.get("indicators")) {
      assertThat(fieldNames(i)).containsExactlyElementsOf(INDICATOR_KEYS);
    }
  }

  @Test
  void writesTheSameBytesEveryTime() {
    String[] args = {
      "evaluate", "--period", "2025-Q2", "--format", "json", resource("datos-2025-q2")
    };

    assertThat(run(args).out()).isEqualTo(run(args).out());
  }

  static final List<String> SPANISH_HEADERS =
      List.of(
          "indicador",
          "nombre",
          "programa",
          "estado",
          "sobrecumplimiento",
          "cobertura",
          "meta anual",
          "meta del periodo",
          "meta acumulada",
          "realizado del periodo",
          "realizado acumulado",
          "resultado del periodo",
          "resultado acumulado",
          "avance anual %",
          "línea base del periodo",
          "línea base acumulada",
          "motivo");

  @Test
  void writesCsvForASpreadsheetWithSpanishHeadersWordsAndABom() throws IOException {
    CliRun r = run("evaluate", "--period", "2025-Q2", "--format", "csv", resource("datos-2025-q2"));

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("\uFEFFindicador,nombre,");
    List<CSVRecord> records =
        CSVFormat.DEFAULT.parse(new StringReader(r.out().substring(1))).getRecords();
    assertThat(records.get(0).toList()).containsExactlyElementsOf(SPANISH_HEADERS);
    assertThat(records).hasSize(27);
    CSVRecord council =
        records.stream().filter(x -> x.get(0).equals("1.1.2")).findFirst().orElseThrow();
    // 1.1.2: annual target 6, Q2 share 25 % -> 1.5; 3 realized of 3 to date -> 100.0, Verde.
    assertThat(council.get(3)).isEqualTo("Verde");
    assertThat(council.get(4)).isEqualTo("no");
    assertThat(council.get(5)).isEqualTo("completa");
    assertThat(council.get(7)).isEqualTo("1.5");
    assertThat(council.get(12)).isEqualTo("100.0");
    assertThat(council.get(14)).isEmpty();
  }

  @Test
  void writesTheCsvToAFileWithDashO(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("eval.csv");
    CliRun r =
        run(
            "evaluate",
            "--period",
            "2025-Q2",
            "--format",
            "csv",
            "-o",
            file.toString(),
            resource("datos-2025-q2"));

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    byte[] bytes = java.nio.file.Files.readAllBytes(file);
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
  }

  @Test
  void writesAnXlsxWithNumbersAsNumbersAndTheStatusWordOnItsColour(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("eval.xlsx");
    CliRun r =
        run(
            "evaluate",
            "--period",
            "2025-Q2",
            "--format",
            "xlsx",
            "-o",
            file.toString(),
            resource("datos-2025-q2"));

    assertThat(r.code()).as(r.err()).isZero();
    try (org.dhatim.fastexcel.reader.ReadableWorkbook wb =
        new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile())) {
      List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(12)).isEqualTo("resultado acumulado");
      org.dhatim.fastexcel.reader.Row council =
          rows.stream().filter(x -> "1.1.2".equals(x.getCellText(0))).findFirst().orElseThrow();
      assertThat(council.getCell(7).getType().name()).isEqualTo("NUMBER");
      assertThat(council.getCell(7).asNumber()).isEqualByComparingTo("1.5");
      assertThat(council.getCell(12).asNumber()).isEqualByComparingTo("100");
      assertThat(council.getCellText(3)).isEqualTo("Verde");
    }
    String styles = TemplateCommandTest.entry(file, "xl/styles.xml");
    // Status.GREEN is #15803D: its fill, with white text (relative luminance 0.159 < 0.18).
    assertThat(styles).contains("rgb=\"FF15803D\"", "rgb=\"FFFFFFFF\"");
  }

  @Test
  void neutralisesCsvCellsThatASpreadsheetWouldRun() throws IOException {
    CliRun r =
        run(
            "--plan",
            resource("plan-pequeno.yaml"),
            "evaluate",
            "--period",
            "2025-Q1",
            "--format",
            "csv",
            resource("datos-pequeno"));

    assertThat(r.code()).isZero();
    List<CSVRecord> records =
        CSVFormat.DEFAULT.parse(new StringReader(r.out().substring(1))).getRecords();
    assertThat(records.get(1).get(0)).isEqualTo("1.1");
    assertThat(records.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://ejemplo.invalid\")");
    // Q1: target 6 × 25 / 100 = 1.5; 2 / 1.5 × 100 = 133.3, a number left as it is.
    assertThat(records.get(1).get(12)).isEqualTo("133.3");
  }

  @Test
  void printsAnAlignedTableWithoutColourWhenNotAtATerminal() {
    CliRun r = run("evaluate", "--period", "2025-Q2", resource("datos-2025-q2"));

    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("\u001B[");
    assertThat(r.out()).contains("Semáforo (resultado acumulado): verde ≥ 90, amarillo ≥ 70");
    assertThat(r.out()).containsPattern("(?m)^1\\.1\\.2 +Verde +50\\.0 +100\\.0 +3 +3 +completa$");
    assertThat(r.out()).containsPattern("(?m)^4\\.1 +Amarillo +— +75\\.0 +100 % +3 +completa$");
    assertThat(r.out())
        .contains(
            "26 indicadores: sin meta 10, sin datos 11, datos parciales 1,"
                + " aún no vence 0, verde 3, amarillo 1, rojo 0.");
    List<String> lines = r.out().lines().toList();
    int header =
        lines.indexOf(lines.stream().filter(l -> l.startsWith("id ")).findFirst().orElseThrow());
    int column = lines.get(header).indexOf("cobertura");
    assertThat(lines.get(header + 2).indexOf("completa")).isEqualTo(column);
  }

  @Test
  void coloursTheStatusWhenAsked() {
    CliRun r =
        run("evaluate", "--period", "2025-Q2", "--color", "always", resource("datos-2025-q2"));

    assertThat(r.out()).contains("\u001B[32mVerde\u001B[0m", "\u001B[33mAmarillo\u001B[0m");
    String plain = r.out().replaceAll("\u001B\\[[0-9;]*m", "");
    assertThat(plain)
        .isEqualTo(
            run("evaluate", "--period", "2025-Q2", "--color", "never", resource("datos-2025-q2"))
                .out());
  }

  @Test
  void rejectsAnUnknownPeriodCodeAsAUsageError() {
    CliRun r =
        run("evaluate", "--period", "2025-Q5", "--format", "json", resource("datos-2025-q2"));

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("2025-Q5", "AAAA-Q1…Q4");
  }

  @Test
  void rejectsAPeriodOutsideThePlanYear() {
    CliRun r = run("evaluate", "--period", "2024-Q4", resource("datos-2025-q2"));

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("el periodo 2024-Q4 no es del año del plan (2025)");
  }

  @Test
  void requiresThePeriod() {
    CliRun r = run("evaluate", resource("datos-2025-q2"));

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--period");
  }

  @Test
  void stopsOnDataErrorsBeforeEvaluating(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("malo.csv"),
        "indicador,periodo,valor\n9.9.9,2025-Q1,1\n",
        StandardCharsets.UTF_8);

    CliRun r = run("evaluate", "--period", "2025-Q1", "--format", "json", dir.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("malo.csv:2");
  }
}
