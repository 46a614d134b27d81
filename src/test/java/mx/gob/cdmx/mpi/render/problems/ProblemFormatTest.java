package mx.gob.cdmx.mpi.render.problems;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.measure.DataSet;
import mx.gob.cdmx.mpi.measure.SourceFile;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.validate.ValidationResult;
import mx.gob.cdmx.mpi.validate.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProblemFormatTest {

  static final Plan PLAN = PlanReader.readEmbedded().plan();
  static final ObjectMapper JSON = new ObjectMapper();
  static JsonSchema sarifSchema;

  @BeforeAll
  static void loadSchema() throws IOException {
    // the official schema declares draft-04
    try (InputStream in = ProblemFormatTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
      sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  static ValidationResult result(List<Problem> problems, int suppressed) {
    return new ValidationResult(
        new DataSet(
            List.of(), List.of(new SourceFile("datos/a b.csv", "0".repeat(64), "UTF-8", ',', 3))),
        problems,
        suppressed);
  }

  static ValidationResult broken() {
    return Validator.validate(
        PLAN,
        List.of(
            Path.of("src/test/resources/validate/broken"),
            Path.of("src/test/resources/validate/broken/19-no-csv-files"),
            Path.of("src/test/resources/validate/warnings")));
  }

  @Test
  void sarifOfEveryKindOfProblemIsValidAgainstTheOfficialSchema() throws IOException {
    ValidationResult r = broken();
    JsonNode sarif = JSON.readTree(ProblemFormat.sarif(r, "0.1.0"));

    Set<ValidationMessage> errors = sarifSchema.validate(sarif);

    assertThat(errors).isEmpty();
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("mpi");
    assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
    assertThat(run.get("results")).hasSize(r.problems().size());
    List<String> ruleIds = run.get("tool").get("driver").get("rules").findValuesAsText("id");
    assertThat(ruleIds)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            r.problems().stream().map(Problem::code).distinct().toList());
  }

  @Test
  void sarifWithoutProblemsIsValidToo() throws IOException {
    JsonNode sarif = JSON.readTree(ProblemFormat.sarif(result(List.of(), 0), "desarrollo"));

    assertThat(sarifSchema.validate(sarif)).isEmpty();
    assertThat(sarif.get("runs").get(0).get("results")).isEmpty();
    assertThat(sarif.findValue("artifacts").get(0).get("hashes").get("sha-256").asText())
        .hasSize(64);
  }

  @Test
  void sarifOmitsRegionFieldsThatAreZero() throws IOException {
    ValidationResult r =
        result(
            List.of(
                Problem.error("datos/a b.csv", 0, 0, "empty-file", "vacío"),
                Problem.error("datos/a b.csv", 4, 0, "ragged-row", "campos"),
                Problem.warning("datos/a b.csv", 4, 9, "personal-data", "nota")),
            0);
    JsonNode sarif = JSON.readTree(ProblemFormat.sarif(r, "0.1.0"));

    assertThat(sarifSchema.validate(sarif)).isEmpty();
    JsonNode results = sarif.get("runs").get(0).get("results");
    JsonNode location = results.get(0).get("locations").get(0).get("physicalLocation");
    assertThat(location.has("region")).isFalse();
    assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("datos/a%20b.csv");
    assertThat(results.get(1).findValue("region").has("startColumn")).isFalse();
    assertThat(results.get(2).findValue("region").get("startColumn").asInt()).isEqualTo(9);
    assertThat(results.get(2).get("level").asText()).isEqualTo("warning");
  }

  @Test
  void sarifUrisUseForwardSlashesAndEncodeUnsafeCharacters() {
    assertThat(ProblemFormat.uri("datos/año 2025.csv")).isEqualTo("datos/a%C3%B1o%202025.csv");
    assertThat(ProblemFormat.uri(Path.of("").toAbsolutePath().resolve("x/y.csv").toString()))
        .isEqualTo("x/y.csv");
    assertThat(ProblemFormat.uri("/otra/parte/z.csv")).startsWith("file:///");
  }

  @Test
  void sarifUriOfANameThatIsNoPathInThisLocaleIsKeptAsWritten() {
    // Under LC_ALL=C an accented name cannot become a Path; a NUL provokes the same
    // InvalidPathException in any locale. The name is still given, percent-encoded.
    assertThat(ProblemFormat.uri("datos\\a\0b.csv")).isEqualTo("datos/a%00b.csv");
  }

  @Test
  void githubEscapesMessagesAndProperties() {
    ValidationResult r =
        result(
            List.of(
                Problem.error("datos/a,b:c.csv", 3, 5, "bad-period", "100% mal: a, b\r\nsigue")),
            0);

    String line = ProblemFormat.github(r).lines().findFirst().orElseThrow();

    assertThat(line)
        .isEqualTo(
            "::error file=datos/a%2Cb%3Ac.csv,line=3,col=5,title=bad-period"
                + "::100%25 mal: a, b%0D%0Asigue");
    assertThat(line)
        .matches("^::(error|warning) file=[^,:]+,line=\\d+,col=\\d+,title=[a-z-]+::.*$");
  }

  @Test
  void githubGivesFileLevelProblemsLineAndColumnOne() {
    ValidationResult r = result(List.of(Problem.warning("a.csv", 0, 0, "file-not-utf8", "x")), 0);

    assertThat(ProblemFormat.github(r))
        .startsWith("::warning file=a.csv,line=1,col=1,title=file-not-utf8::x\n");
  }

  @Test
  void jsonHasTheExactKeysAndCounts() throws IOException {
    JsonNode json =
        JSON.readTree(
            ProblemFormat.json(
                result(
                    List.of(
                        Problem.error("a.csv", 2, 1, "unknown-indicator", "m1"),
                        Problem.warning("a.csv", 3, 0, "personal-data", "m2")),
                    0)));

    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("valid", "errors", "warnings", "problems");
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    assertThat(json.get("warnings").asInt()).isEqualTo(1);
    assertThat(json.get("problems").get(1).toString())
        .isEqualTo(
            "{\"file\":\"a.csv\",\"line\":3,\"column\":0,\"severity\":\"warning\","
                + "\"code\":\"personal-data\",\"message\":\"m2\"}");
  }

  @Test
  void summaryCountsFilesRowsErrorsAndWarningsInSpanish() {
    assertThat(ProblemFormat.summary(result(List.of(), 0)))
        .isEqualTo("1 archivo, 3 filas: sin errores ni advertencias.");
    assertThat(
            ProblemFormat.summary(
                result(
                    List.of(
                        Problem.warning("a", 1, 1, "personal-data", "m"),
                        Problem.warning("a", 2, 1, "personal-data", "m")),
                    0)))
        .isEqualTo("1 archivo, 3 filas: sin errores, 2 advertencias.");
    assertThat(
            ProblemFormat.summary(
                result(
                    List.of(
                        Problem.error("a", 1, 1, "bad-period", "m"),
                        Problem.error("a", 2, 1, "bad-period", "m"),
                        Problem.warning("a", 2, 1, "personal-data", "m")),
                    0)))
        .isEqualTo("1 archivo, 3 filas: 2 errores, 1 advertencia.");
  }

  @Test
  void textEndsWithTheSuppressedCountAndTheSummary() {
    String text =
        ProblemFormat.text(
            result(List.of(Problem.error("a.csv", 2, 7, "bad-period", "periodo malo")), 1234));

    assertThat(text)
        .isEqualTo(
            "a.csv:2:7: error: periodo malo [bad-period]\n"
                + "… y 1234 problemas más (se muestran hasta 200 errores y 200 advertencias por"
                + " archivo).\n"
                + "1 archivo, 3 filas: 1 error, sin contar 1234 problemas que no se muestran.\n");
  }
}
