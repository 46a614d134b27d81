package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mpi sitio}: every page and download is written, links resolve inside the folder, nothing
 * is fetched from outside, the same inputs give the same bytes, and the public edition holds. The
 * pages in a real browser (axe-core) are checked by src/test/site/check.mjs from .ci/run.
 */
class SiteCommandTest {

  @TempDir Path dir;

  private Path site(String name, Path data) {
    Path out = dir.resolve(name);
    CliRun r =
        CliRun.run(
            "sitio",
            "--period",
            "2025-Q2",
            "--date",
            "2025-07-15",
            "-o",
            out.toString(),
            data.toString());
    assertThat(r.code()).as(r.err()).isZero();
    return out;
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void writesAHomeAPagePerProgrammeAndIndicatorAndTheDownloads() throws IOException {
    Map<String, byte[]> files = files(site("sitio", Path.of("examples")));
    // 6 programmes and 26 indicators in the 2025 plan, plus the home page.
    assertThat(files.keySet().stream().filter(f -> f.startsWith("programa-"))).hasSize(6);
    assertThat(files.keySet().stream().filter(f -> f.startsWith("indicador-"))).hasSize(26);
    assertThat(files)
        .containsKeys(
            "index.html",
            "estilo.css",
            "indicador-1-2-2a.html",
            "datos/indicadores-2025-Q2.csv",
            "datos/indicadores-2025-Q2.json",
            "datos/sipot-fraccion-V-2025-Q2.xlsx",
            "datos/sipot-fraccion-VI-2025-Q2.xlsx");
  }

  @Test
  void everyLinkStaysInsideTheFolderAndNothingComesFromOutside() throws IOException {
    Path root = site("sitio", Path.of("examples"));
    Map<String, byte[]> files = files(root);
    Pattern ref = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (!f.getKey().endsWith(".html")) {
        continue;
      }
      String html = new String(f.getValue(), StandardCharsets.UTF_8);
      assertThat(html).as(f.getKey()).contains("<html lang=\"es-MX\">").doesNotContain("<script");
      assertThat(html.replace("http://www.w3.org/2000/svg", ""))
          .as(f.getKey())
          .doesNotContain("http:")
          .doesNotContain("https:")
          .doesNotContain("//fonts");
      Matcher m = ref.matcher(html);
      while (m.find()) {
        String target = m.group(1);
        if (target.startsWith("#")) {
          continue;
        }
        assertThat(files).as("%s links to %s", f.getKey(), target).containsKey(target);
      }
    }
  }

  @Test
  void anIndicatorPageShowsThePeriodStatusBesideTheToDateOneAndTheFormulaInWords()
      throws IOException {
    Map<String, byte[]> files = files(site("sitio", Path.of("examples")));
    String page = new String(files.get("indicador-1-1-2.html"), StandardCharsets.UTF_8);
    // 1.1.2 in Q2: the period did 1 of the 1.5 sessions the schedule expects (66.7 % < 70 %, red);
    // January–June did 3 of 3 (100 %, green), which is the status the traffic light shows.
    assertThat(page)
        .contains(
            "<strong>Estado del periodo</strong> (abril–junio 2025): <span class=\"estado"
                + " estado-red\">")
        .contains(
            "<strong>Estado del acumulado</strong> (enero–junio 2025): <span class=\"estado"
                + " estado-green\">")
        .contains("en palabras: realizadas entre programadas, por 100.")
        .contains("<strong>Meta al corte:</strong> Meta fraccionaria");
    // regression: at 375 px the worked formula wrapped between «66.7» and «%»
    assertThat(page)
        .contains("(1 / 1.5) × 100 = 66.7\u00A0%")
        .contains("(3 / 3) × 100 = 100.0\u00A0%");
    // 1.1.cc has no target: no status to judge in either window.
    String none = new String(files.get("indicador-1-1-cc.html"), StandardCharsets.UTF_8);
    assertThat(none).doesNotContain("Estado del periodo").contains("Sin meta");
  }

  /**
   * Regression: the labelled growth text («107.1 % (variación +7.1 % respecto de …)») ended up
   * inside the result columns of the site's CSV, so a spreadsheet could not add them. Figures
   * worked by hand from examples/: 1.2.1 Q2 15 against Q1 14 → 107.142… → 107.1; January–June 29
   * against 2024's 13 + 15 = 28 → 103.571… → 103.6; 1.2.3 (no × 100) 11 and 9 + 11 = 20.
   */
  @Test
  void theGrowthLabelNoLongerEndsUpInsideTheCsvResultColumns() throws IOException {
    Map<String, byte[]> files = files(site("sitio", Path.of("examples")));
    String text = new String(files.get("datos/indicadores-2025-Q2.csv"), StandardCharsets.UTF_8);
    Map<String, org.apache.commons.csv.CSVRecord> rows = new TreeMap<>();
    try (org.apache.commons.csv.CSVParser p =
        org.apache.commons.csv.CSVFormat.EXCEL
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new java.io.StringReader(text.substring(1)))) {
      for (org.apache.commons.csv.CSVRecord r : p) {
        rows.put(r.get("indicador"), r);
        for (String column : List.of("resultado_periodo", "resultado_acumulado")) {
          String cell = r.get(column);
          assertThat(cell.isEmpty() || cell.matches("-?[0-9]+(\\.[0-9]+)?"))
              .as("%s de %s: «%s»", column, r.get("indicador"), cell)
              .isTrue();
        }
      }
    }
    assertThat(rows).hasSize(26);
    org.apache.commons.csv.CSVRecord growth = rows.get("1.2.1");
    assertThat(growth.get("resultado_periodo")).isEqualTo("107.1");
    assertThat(growth.get("resultado_acumulado")).isEqualTo("103.6");
    assertThat(growth.get("nota_resultado_periodo"))
        .isEqualTo("variación +7.1 % respecto del periodo anterior, enero–marzo 2025");
    assertThat(growth.get("nota_resultado_acumulado"))
        .isEqualTo("variación +3.6 % respecto de enero–junio 2024");
    assertThat(rows.get("1.2.3").get("resultado_periodo")).isEqualTo("11");
    assertThat(rows.get("1.2.3").get("resultado_acumulado")).isEqualTo("20");
    assertThat(rows.get("1.2.3").get("nota_resultado_acumulado")).isEmpty();
    // A withheld result stays out of the number column and is said in the note column.
    assertThat(rows.get("1.2.2a").get("resultado_acumulado")).isEmpty();
    assertThat(rows.get("1.2.2a").get("nota_resultado_acumulado")).isEqualTo("reservado");
    String json = new String(files.get("datos/indicadores-2025-Q2.json"), StandardCharsets.UTF_8);
    assertThat(json).contains("\"resultado_periodo\" : 107.1,");
  }

  /** The columns of the downloads that carry a figure: a plain number or nothing. */
  private static final List<String> NUMBER_COLUMNS =
      List.of(
          "meta_anual",
          "meta_al_corte",
          "realizado_periodo",
          "realizado_acumulado",
          "resultado_periodo",
          "resultado_acumulado",
          "avance",
          "avance_esperado");

  /** The rows of a site's CSV by indicator, each as column → cell. */
  private static Map<String, Map<String, String>> csvRows(Map<String, byte[]> files)
      throws IOException {
    String text = new String(files.get("datos/indicadores-2025-Q2.csv"), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    Map<String, Map<String, String>> rows = new TreeMap<>();
    try (org.apache.commons.csv.CSVParser p =
        org.apache.commons.csv.CSVFormat.EXCEL
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new java.io.StringReader(text.substring(1)))) {
      for (org.apache.commons.csv.CSVRecord r : p) {
        rows.put(r.get("indicador"), r.toMap());
      }
    }
    return rows;
  }

  /** The objects of a site's JSON by indicator. */
  private static Map<String, com.fasterxml.jackson.databind.JsonNode> jsonRows(
      Map<String, byte[]> files) throws IOException {
    com.fasterxml.jackson.databind.JsonNode root =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(files.get("datos/indicadores-2025-Q2.json"));
    Map<String, com.fasterxml.jackson.databind.JsonNode> rows = new TreeMap<>();
    root.get("indicadores").forEach(n -> rows.put(n.get("indicador").asText(), n));
    return rows;
  }

  /** Every figure column of every row is a plain number or empty (CSV), a number or null (JSON). */
  private static void assertPlainNumbers(
      Map<String, Map<String, String>> csv,
      Map<String, com.fasterxml.jackson.databind.JsonNode> json) {
    assertThat(json.keySet()).isEqualTo(csv.keySet());
    for (Map.Entry<String, Map<String, String>> row : csv.entrySet()) {
      for (String column : NUMBER_COLUMNS) {
        String cell = row.getValue().get(column);
        assertThat(cell).as("%s de %s", column, row.getKey()).matches("(-?[0-9]+(\\.[0-9]+)?)?");
        com.fasterxml.jackson.databind.JsonNode node = json.get(row.getKey()).get(column);
        assertThat(node.isNumber() || node.isNull())
            .as("JSON %s de %s", column, row.getKey())
            .isTrue();
        assertThat(node.isNull() ? "" : node.decimalValue().toPlainString())
            .as("JSON %s de %s", column, row.getKey())
            .isEqualTo(cell);
      }
    }
  }

  /**
   * Regression: besides the results (fixed before), the site's CSV still wrote figures as the pages
   * do — «0 (parcial)», «menos de 5», «0.5 de 1 actividad», «100 %», «50.0 %» — so a spreadsheet
   * could not add them. Figures worked by hand from examples/ and plan-2025.yaml (schedule 25, 50,
   * 75, 100 % at the quarter ends): 1.1.3, one activity: 0.5 at June, done once in Q2 (Q1 0),
   * progress 1 / 1 = 100.0 against 50.0 expected; 1.3, five workshops: 2.5 at June; Q2 has only the
   * May–June row (1; March–April straddles the quarter), so the period is partial; January–June 0 +
   * 1 + 1 = 2, 2 / 2.5 × 100 = 80.0, progress 2 / 5 = 40.0; 1.1.4: the period's only row is
   * May–June's 0, partial; 3.1: 1 + 1 = 2 of 3, progress 66.7; 1.2.1: a 100 % target; 1.2.2a
   * (counts people): Q2 4 is under 5 and January–June 3 + 4 = 7 would give Q1's 3 away.
   */
  @Test
  void realizedAndProgressColumnsHoldNumbersASpreadsheetCanAdd() throws IOException {
    Map<String, byte[]> files = files(site("sitio", Path.of("examples")));
    Map<String, Map<String, String>> rows = csvRows(files);
    assertThat(rows).hasSize(26);
    assertPlainNumbers(rows, jsonRows(files));
    assertThat(rows.get("1.1.3"))
        .containsEntry("meta_anual", "1")
        .containsEntry("meta_anual_texto", "1 actividad")
        .containsEntry("meta_al_corte", "0.5")
        .containsEntry("meta_al_corte_texto", "0.5 de 1 actividad")
        .containsEntry("realizado_periodo", "1")
        .containsEntry("realizado_acumulado", "1")
        .containsEntry("avance", "100.0")
        .containsEntry("avance_esperado", "50.0")
        .containsEntry("nota_avance", "");
    assertThat(rows.get("1.3"))
        .containsEntry("meta_anual", "5")
        .containsEntry("meta_al_corte", "2.5")
        .containsEntry("meta_al_corte_texto", "2.5 de 5 talleres")
        .containsEntry("realizado_periodo", "1")
        .containsEntry("cobertura_periodo", "parcial")
        .containsEntry("resultado_periodo", "")
        .containsEntry("realizado_acumulado", "2")
        .containsEntry("cobertura_acumulado", "completa")
        .containsEntry("resultado_acumulado", "80.0")
        .containsEntry("avance", "40.0")
        .containsEntry("avance_esperado", "50.0");
    assertThat(rows.get("1.1.4"))
        .containsEntry("realizado_periodo", "0")
        .containsEntry("cobertura_periodo", "parcial")
        .containsEntry("nota_realizado_periodo", "");
    assertThat(rows.get("3.1"))
        .containsEntry("realizado_acumulado", "2")
        .containsEntry("avance", "66.7");
    assertThat(rows.get("1.2.1"))
        .containsEntry("meta_anual", "100")
        .containsEntry("meta_anual_texto", "100 %")
        .containsEntry("meta_al_corte", "100")
        .containsEntry("avance", "");
    assertThat(rows.get("1.1.cc"))
        .containsEntry("meta_anual", "")
        .containsEntry("meta_anual_texto", "sin meta numérica")
        .containsEntry("meta_al_corte_texto", "");
    assertThat(rows.get("1.2.2a"))
        .containsEntry("realizado_periodo", "")
        .containsEntry("nota_realizado_periodo", "menos de 5")
        .containsEntry("realizado_acumulado", "")
        .containsEntry("nota_realizado_acumulado", "reservado")
        .containsEntry("cobertura_acumulado", "completa");
  }

  /**
   * The downloads keep the public edition: on the fixture of src/test/resources/publico (figures
   * worked by hand in its README) a withheld figure is in no number column of the CSV or the JSON,
   * nor anything it can be worked back from; each row's numbers are exactly those the pages show.
   * 1.2.2b: 0 then 2; 1.2.3: 9 then 3, to date 12 (12 − 9 = 3); 1.4: 3 then 8, to date 11 (11 − 8 =
   * 3); 1.5.1: 9 and 16 shown, but against 2024's 3 and 2 + 3 = 5 (small) its results 9 / 3 × 100 =
   * 300.0 and 16 / 5 × 100 = 320.0 are withheld; 1.2.2a: 7 and 13 are publishable.
   */
  @Test
  void theDownloadsNeverWriteAWithheldFigureAsANumber() throws IOException {
    Map<String, byte[]> files = files(site("sitio", PublicEditionCommandTest.DATA));
    Map<String, Map<String, String>> csv = csvRows(files);
    Map<String, com.fasterxml.jackson.databind.JsonNode> json = jsonRows(files);
    assertPlainNumbers(csv, json);
    Map<String, List<String>> shown =
        Map.of(
            "1.2.2b", List.of(),
            "1.2.3", List.of(),
            "1.4", List.of("8"),
            "1.5.1", List.of("9", "16"),
            "1.2.2a", List.of("7", "13"));
    for (Map.Entry<String, List<String>> e : shown.entrySet()) {
      List<String> numbers =
          NUMBER_COLUMNS.stream()
              .map(c -> csv.get(e.getKey()).get(c))
              .filter(c -> !c.isEmpty())
              .toList();
      assertThat(numbers).as(e.getKey()).containsExactlyElementsOf(e.getValue());
      List<String> jsonNumbers = new java.util.ArrayList<>();
      json.get(e.getKey())
          .fields()
          .forEachRemaining(
              f -> {
                if (f.getValue().isNumber()) {
                  jsonNumbers.add(f.getValue().decimalValue().toPlainString());
                }
              });
      assertThat(jsonNumbers).as("JSON " + e.getKey()).containsExactlyElementsOf(e.getValue());
    }
    assertThat(csv.get("1.2.2b"))
        .containsEntry("nota_realizado_periodo", "menos de 5")
        .containsEntry("nota_realizado_acumulado", "menos de 5");
    assertThat(csv.get("1.2.3"))
        .containsEntry("nota_realizado_periodo", "menos de 5")
        .containsEntry("nota_realizado_acumulado", "reservado")
        .containsEntry("nota_resultado_acumulado", "reservado");
    assertThat(csv.get("1.4")).containsEntry("nota_realizado_acumulado", "reservado");
    assertThat(csv.get("1.5.1"))
        .containsEntry("nota_resultado_periodo", "reservado")
        .containsEntry("nota_resultado_acumulado", "reservado");
    String all =
        new String(files.get("datos/indicadores-2025-Q2.csv"), StandardCharsets.UTF_8)
            + new String(files.get("datos/indicadores-2025-Q2.json"), StandardCharsets.UTF_8);
    assertThat(all).doesNotContain("300.0").doesNotContain("320.0");
  }

  @Test
  void theSameInputsGiveTheSameBytes() throws IOException {
    Map<String, byte[]> once = files(site("uno", Path.of("examples")));
    Map<String, byte[]> twice = files(site("dos", Path.of("examples")));
    assertThat(twice.keySet()).isEqualTo(once.keySet());
    for (String f : once.keySet()) {
      assertThat(twice.get(f)).as(f).isEqualTo(once.get(f));
    }
  }

  @Test
  void theSiteIsThePublicEdition() throws IOException {
    Map<String, byte[]> files = files(site("sitio", PublicEditionCommandTest.DATA));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (f.getKey().endsWith(".xlsx")) {
        continue; // checked by ExportSipotCommandTest; zipped
      }
      String text = new String(f.getValue(), StandardCharsets.UTF_8);
      assertThat(text)
          .as(f.getKey())
          .doesNotContain("NOTA-SECRETA")
          .doesNotContain("FUENTE-INTERNA")
          .doesNotContain("ACCION-SECRETA");
    }
    String b = new String(files.get("indicador-1-2-2b.html"), StandardCharsets.UTF_8);
    // 0 then 2 people: the period and the year to date read "menos de 5"; the trend too.
    assertThat(b).contains("<td class=\"num\">menos de 5</td>");
    assertThat(b).doesNotContain("<td class=\"num\">2</td>");
    String c = new String(files.get("indicador-1-2-3.html"), StandardCharsets.UTF_8);
    // 9 then 3: to date 12 is withheld in the figures and in the trend's second point.
    assertThat(c).doesNotContain(">12<").contains("reservado");
    String csv = new String(files.get("datos/indicadores-2025-Q2.csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains("1.2.2b,").contains("menos de 5").doesNotContain(",2,2,");
  }

  @Test
  void refusesAFolderThatIsNotASite() throws IOException {
    Path other = Files.createDirectories(dir.resolve("documentos"));
    Files.writeString(other.resolve("carta.txt"), "no borrar");
    CliRun r = CliRun.run("sitio", "--period", "2025-Q2", "-o", other.toString(), "examples");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no es un sitio generado por mpi");
    assertThat(other.resolve("carta.txt")).hasContent("no borrar");
  }

  @Test
  void replacesAnEarlierSiteWhole() throws IOException {
    Path root = site("sitio", Path.of("examples"));
    Files.writeString(root.resolve("viejo.html"), "<p>de otra corrida</p>");
    site("sitio", Path.of("examples"));
    assertThat(root.resolve("viejo.html")).doesNotExist();
    assertThat(root.resolve("index.html")).exists();
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("sitio"));
    }
  }
}
