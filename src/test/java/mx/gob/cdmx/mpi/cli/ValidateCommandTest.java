package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidateCommandTest {

  private static final Path BROKEN = Path.of("src/test/resources/validate/broken");
  private static final Path WARNINGS = Path.of("src/test/resources/validate/warnings");

  /** What one run printed and returned. */
  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  static Stream<Arguments> brokenFiles() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (String line : Files.readAllLines(BROKEN.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      cases.add(Arguments.of(f[0], f[1], Integer.parseInt(f[2])));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} → {1} en la línea {2}")
  @MethodSource("brokenFiles")
  void reportsTheDefectOfEachBrokenFileWithItsCodeAndLine(String file, String code, int line) {
    String path = BROKEN.resolve(file).toString();
    CliRun r = run("validate", path);

    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    String where =
        Pattern.quote(path)
            + (line == 0
                ? ""
                : file.endsWith(".xlsx")
                    ? ", hoja \\S+, (celda [A-Z]+" + line + "|fila " + line + ")"
                    : ":" + line + "(:\\d+)?");
    assertThat(r.out())
        .containsPattern(
            Pattern.compile("(?m)^" + where + ": error: .* \\[" + Pattern.quote(code) + "\\]$"));
    assertThat(r.all()).doesNotContain("Exception").doesNotContain("at mx.");
  }

  @Test
  void everyBrokenFileOfTheFolderIsCoveredByExpectedTsv() throws IOException {
    List<String> listed = brokenFiles().map(a -> (String) a.get()[0]).toList();
    try (Stream<Path> files = Files.list(BROKEN)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.tsv")))
          .containsExactlyInAnyOrderElementsOf(listed);
    }
  }

  @Test
  void brokenFilesCoverEveryErrorCode() throws IOException {
    List<String> codes = brokenFiles().map(a -> (String) a.get()[1]).toList();
    for (var check : mx.gob.cdmx.mpi.diagnostics.Check.values()) {
      if (check.severity() == mx.gob.cdmx.mpi.diagnostics.Severity.ERROR
          && !check.code().equals("file-unreadable")) {
        assertThat(codes).as("a broken file for %s", check.code()).contains(check.code());
      }
    }
  }

  @Test
  void examplesValidateWithoutErrorsOrWarnings() {
    CliRun r = run("validate", "examples");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo("3 archivos, 87 filas: sin errores ni advertencias.\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void warningsAloneExitZeroButStrictMakesThemErrors() {
    String file = WARNINGS.resolve("value-above-target.csv").toString();

    CliRun lenient = run("validate", file);
    CliRun strict = run("validate", "--strict", file);

    assertThat(lenient.code()).isEqualTo(ExitCodes.OK);
    assertThat(lenient.out())
        .contains(": warning: ")
        .contains("[value-above-target]")
        .contains("sin errores, 1 advertencia.");
    assertThat(strict.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(strict.out()).contains(": error: ").contains("1 error.");
  }

  @Test
  void personalDataIsReportedWithoutEchoingIt() {
    CliRun r =
        run("validate", "--format", "text", WARNINGS.resolve("personal-data.csv").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains("[personal-data]")
        .contains("una CURP")
        .contains("un número de teléfono")
        .doesNotContain("GOMA800101")
        .doesNotContain("1234 5678");
    for (String format : List.of("json", "github", "sarif")) {
      assertThat(
              run("validate", "--format", format, WARNINGS.resolve("personal-data.csv").toString())
                  .all())
          .doesNotContain("GOMA800101")
          .doesNotContain("1234 5678");
    }
  }

  @Test
  void commandsThatReadDataStopOnInputErrorsAndPrintThem() {
    String file = BROKEN.resolve("03-bad-period.csv").toString();
    CliRun r = run("evaluate", "--period", "2025-Q2", file);

    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.err())
        .contains(file + ":3:7: error: ")
        .contains("[bad-period]")
        .contains("1 archivo, 2 filas: 1 error.");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void commandsThatReadDataPrintWarningsAndGoOn() {
    CliRun r = run("evaluate", "--period", "2025-Q2", WARNINGS.resolve("cp1252.csv").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).contains("[file-not-utf8]");
    assertThat(r.out()).contains("1.1.1");
  }

  @Test
  void missingPathIsAUsageErrorNamingIt() {
    CliRun r = run("validate", "examples", "no-hay/datos.csv");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no existe el archivo o carpeta: no-hay/datos.csv");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun r = run("validate", "--format", "xml", "examples");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    // In Spanish, with the bad value and the choices, not picocli's "Invalid value for option".
    assertThat(r.err())
        .startsWith("mpi: valor no válido: opción '--format'")
        .contains("se espera uno de")
        .contains("y se recibió 'xml'")
        .doesNotContain("Invalid", "expected");
  }

  @Test
  void noDataArgumentIsAUsageError() {
    assertThat(run("validate").code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void jsonOutputParsesWithTheExactKeys() throws IOException {
    CliRun r =
        run(
            "validate",
            "--format",
            "json",
            BROKEN.resolve("07-negative-value.csv").toString(),
            WARNINGS.resolve("cp1252.csv").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.fieldNames())
        .toIterable()
        .containsExactly("valid", "errors", "warnings", "problems");
    assertThat(root.get("valid").asBoolean()).isFalse();
    assertThat(root.get("errors").asInt()).isEqualTo(1);
    assertThat(root.get("warnings").asInt()).isEqualTo(1);
    JsonNode first = root.get("problems").get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly("file", "line", "column", "severity", "code", "message");
    assertThat(first.get("code").asText()).isEqualTo("negative-value");
    assertThat(first.get("line").asInt()).isEqualTo(2);
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(root.get("problems").get(1).get("code").asText()).isEqualTo("file-not-utf8");
  }

  @Test
  void githubLinesFollowTheWorkflowCommandSyntax() {
    CliRun r = run("validate", "--format", "github", BROKEN.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    List<String> commands = r.out().lines().filter(l -> l.startsWith("::")).toList();
    // GitHub shows 10 annotations of each level; the rest are log lines, with one notice.
    assertThat(commands.stream().filter(l -> l.startsWith("::error ")).count()).isEqualTo(10);
    assertThat(commands.stream().filter(l -> l.startsWith("::notice ")).count()).isEqualTo(1);
    assertThat(commands)
        .allMatch(
            l ->
                l.matches("^::(error|warning) file=[^,:]+,line=\\d+,col=\\d+,title=[a-z-]+::.*$")
                    || l.matches("^::notice title=[^,:]+::.*$"),
            "syntax");
  }

  @Test
  void sameResultTwiceGivesIdenticalBytes() {
    for (String format : List.of("text", "json", "github", "gitlab", "sarif")) {
      CliRun a = run("validate", "--format", format, BROKEN.toString(), "examples");
      CliRun b = run("validate", "--format", format, BROKEN.toString(), "examples");
      assertThat(a.out()).as(format).isEqualTo(b.out());
    }
  }
}
