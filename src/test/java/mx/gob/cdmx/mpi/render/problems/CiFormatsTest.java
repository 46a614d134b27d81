package mx.gob.cdmx.mpi.render.problems;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.diagnostics.Check;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.validate.ValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CI formats: GitHub's annotation cap, paths relative to the checkout, GitLab, SARIF help. */
class CiFormatsTest {

  @BeforeAll
  static void loadSchema() throws IOException {
    // Not left to ProblemFormatTest having run first (regression: null schema when run alone).
    ProblemFormatTest.loadSchema();
  }

  static final Path WORKSPACE = Path.of("/home/runner/work/datos/datos");

  static final CiContext CI =
      new CiContext(WORKSPACE, "https://github.com/org/mpi/blob/" + "a".repeat(40) + "/docs/");

  /** 12 errors and 11 warnings in one file, lines 2.. in order. */
  static ValidationResult many() {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      String file = WORKSPACE.resolve("mediciones/2025.csv").toString();
      problems.add(
          i % 2 == 0 || i == 21
              ? Problem.error(file, i + 2, 1, "bad-period", "periodo malo " + i)
              : Problem.warning(file, i + 2, 1, "value-above-target", "valor alto " + i));
    }
    return ProblemFormatTest.result(problems, 0);
  }

  @Test
  void githubAnnotatesTenOfEachLevelThenLogsTheRestAndOneNotice() {
    ValidationResult r = many();
    assertThat(r.errors()).isEqualTo(13);
    assertThat(r.warnings()).isEqualTo(10);
    List<String> lines = ProblemFormat.github(r, CI).lines().toList();

    assertThat(lines.stream().filter(l -> l.startsWith("::error ")).count()).isEqualTo(10);
    assertThat(lines.stream().filter(l -> l.startsWith("::warning ")).count()).isEqualTo(10);
    // The 11th, 12th and 13th errors (problems 20, 21, 22 → lines 22, 23, 24) are log lines.
    assertThat(lines)
        .contains(
            "mediciones/2025.csv:22:1: error: periodo malo 20 [bad-period]",
            "mediciones/2025.csv:23:1: error: periodo malo 21 [bad-period]",
            "mediciones/2025.csv:24:1: error: periodo malo 22 [bad-period]");
    List<String> notices = lines.stream().filter(l -> l.startsWith("::notice")).toList();
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0))
        .isEqualTo(
            "::notice title=mpi validate%3A 3 problemas más::13 errores y 10 advertencias en"
                + " total; GitHub anota sólo los primeros 10 de cada tipo. Los otros 3 están en el"
                + " registro de este paso y en su resumen (Summary de la ejecución).");
    assertThat(lines.get(lines.size() - 1)).startsWith("1 archivo, 3 filas: 13 errores");
  }

  @Test
  void githubWithTenOfEachLevelHasNoNotice() {
    List<Problem> problems = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      problems.add(Problem.error("a.csv", i, 1, "bad-period", "e"));
      problems.add(Problem.warning("a.csv", i, 2, "value-above-target", "w"));
    }
    String out = ProblemFormat.github(ProblemFormatTest.result(problems, 0), CiContext.NONE);
    assertThat(out).doesNotContain("::notice");
    assertThat(out.lines().filter(l -> l.startsWith("::")).count()).isEqualTo(20);
  }

  @Test
  void githubPathsAreRelativeToTheWorkspace() {
    String out = ProblemFormat.github(many(), CI);
    assertThat(out).startsWith("::error file=mediciones/2025.csv,line=2,col=1,title=bad-period::");
    assertThat(out).doesNotContain("/home/runner");
  }

  @Test
  void contextTakesGithubWorkspaceThenGitlabProjectDir() {
    Map<String, String> both = Map.of("GITHUB_WORKSPACE", "/gh", "CI_PROJECT_DIR", "/gl");
    assertThat(CiContext.from(both::get, null).base()).isEqualTo(Path.of("/gh"));
    assertThat(CiContext.from(Map.of("CI_PROJECT_DIR", "/gl")::get, null).base())
        .isEqualTo(Path.of("/gl"));
    assertThat(CiContext.from(Map.<String, String>of()::get, null).base()).isNull();
    CiContext gl = new CiContext(Path.of("/builds/g/datos"), null);
    assertThat(gl.path("/builds/g/datos/m/enero.csv")).isEqualTo("m/enero.csv");
    assertThat(gl.path("/otra/enero.csv")).isEqualTo("/otra/enero.csv");
    assertThat(gl.path("-")).isEqualTo("-");
    // A relative path is taken from the working directory.
    CiContext here = new CiContext(Path.of("").toAbsolutePath(), null);
    assertThat(here.path("datos/../datos/x.csv")).isEqualTo("datos/x.csv");
  }

  @Test
  void gitlabCodeQualityHasEveryFieldAndStableUniqueFingerprints() throws IOException {
    ValidationResult r =
        ProblemFormatTest.result(
            List.of(
                Problem.error("/b/datos/enero.csv", 3, 7, "bad-period", "periodo malo"),
                Problem.warning("/b/datos/enero.csv", 0, 0, "file-not-utf8", "no es UTF-8"),
                Problem.error("/b/datos/enero.csv", 3, 7, "bad-period", "periodo malo")),
            0);
    CiContext ci = new CiContext(Path.of("/b"), null);
    String text = GitlabFormat.report(r, ci);
    JsonNode json = ProblemFormatTest.JSON.readTree(text);

    assertThat(json.isArray()).isTrue();
    assertThat(json).hasSize(3);
    JsonNode first = json.get(0);
    assertThat(first.get("description").asText()).isEqualTo("periodo malo");
    assertThat(first.get("check_name").asText()).isEqualTo("bad-period");
    assertThat(first.get("severity").asText()).isEqualTo("major");
    assertThat(first.get("location").get("path").asText()).isEqualTo("datos/enero.csv");
    assertThat(first.get("location").get("lines").get("begin").asInt()).isEqualTo(3);
    JsonNode second = json.get(1);
    assertThat(second.get("severity").asText()).isEqualTo("minor");
    assertThat(second.get("location").get("lines").get("begin").asInt()).isEqualTo(1);
    // SHA-256 of the NUL-joined key, computed here independently of the writer.
    assertThat(first.get("fingerprint").asText())
        .isEqualTo(
            GitlabFormat.sha256("bad-period\u0000datos/enero.csv\u00003\u00007\u0000periodo malo"))
        .hasSize(64);
    assertThat(json.get(2).get("fingerprint").asText())
        .isNotEqualTo(first.get("fingerprint").asText());
    // Stable: the same input gives the same bytes.
    assertThat(GitlabFormat.report(r, ci)).isEqualTo(text);
    // Exactly the keys GitLab reads, nothing else.
    List<String> keys = new ArrayList<>();
    first.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly("description", "check_name", "fingerprint", "severity", "location");
  }

  @Test
  void gitlabWithoutProblemsIsAnEmptyArray() {
    assertThat(GitlabFormat.report(ProblemFormatTest.result(List.of(), 0), CiContext.NONE))
        .isEqualTo("[]\n");
  }

  @Test
  void sarifRulesCarrySpanishHelpFromTheDocsAndTheRunItsExitCode() throws IOException {
    ValidationResult r = ProblemFormatTest.broken();
    JsonNode sarif = ProblemFormatTest.JSON.readTree(ProblemFormat.sarif(r, "0.1.0", CI));
    assertThat(ProblemFormatTest.sarifSchema.validate(sarif)).isEmpty();
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.get("automationDetails").get("id").asText()).isEqualTo("mpi/validate/");
    assertThat(run.get("invocations").get(0).get("exitCode").asInt()).isEqualTo(1);
    assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules.size()).isGreaterThan(10);
    for (JsonNode rule : rules) {
      String id = rule.get("id").asText();
      assertThat(rule.get("fullDescription").get("text").asText()).as(id).isNotBlank();
      assertThat(rule.get("help").get("text").asText())
          .as(id)
          .contains("Cuándo: ", "Ejemplo de mensaje: ", "Detalle: https://github.com/org/mpi/");
      assertThat(rule.get("help").get("markdown").asText()).as(id).startsWith("**");
      assertThat(rule.get("helpUri").asText())
          .isEqualTo(
              "https://github.com/org/mpi/blob/"
                  + "a".repeat(40)
                  + "/docs/validacion.md#comprobaciones");
    }
    JsonNode badPeriod = null;
    for (JsonNode rule : rules) {
      if (rule.get("id").asText().equals("bad-period")) {
        badPeriod = rule;
      }
    }
    assertThat(badPeriod).isNotNull();
    // The «cuándo» column of docs/validacion.md, capitalized, code marks kept in Markdown only.
    assertThat(badPeriod.get("fullDescription").get("markdown").asText())
        .isEqualTo("El `periodo` no es un código de periodo válido.");
    assertThat(badPeriod.get("fullDescription").get("text").asText())
        .isEqualTo("El periodo no es un código de periodo válido.");
  }

  @Test
  void sarifWithoutDocsAddressHasNoHelpUriAndExitZeroWithoutErrors() throws IOException {
    ValidationResult r =
        ProblemFormatTest.result(List.of(Problem.warning("a.csv", 2, 1, "file-not-utf8", "x")), 0);
    JsonNode sarif =
        ProblemFormatTest.JSON.readTree(ProblemFormat.sarif(r, "0.1.0", CiContext.NONE));
    assertThat(ProblemFormatTest.sarifSchema.validate(sarif)).isEmpty();
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.get("invocations").get(0).get("exitCode").asInt()).isZero();
    JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
    assertThat(rule.has("helpUri")).isFalse();
    assertThat(rule.get("help").get("text").asText())
        .endsWith("Detalle: docs/validacion.md#comprobaciones");
  }

  @Test
  void everyCheckHasARowInTheDocsTable() {
    for (Check c : Check.values()) {
      assertThat(RuleHelp.of(c.code()))
          .as("docs/validacion.md has no table row «| `%s` | … | … |»", c.code())
          .isPresent();
    }
  }
}
