package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mpi template}: one empty row per indicator due in the period and declared variable. */
class TemplateCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static final String PLAN = EvaluateCommandTest.resource("plan-pequeno.yaml");

  @Test
  void listsTheIndicatorsDueInTheFirstQuarter() {
    // 1.1: quarterly, Q1 target 6 × 25 / 100 = 1.5 > 0; 1.2: due in Q1; 1.3: a % target, two
    // variables.
    Run r = run("--plan", PLAN, "template", "--period", "2025-Q1");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "indicador,periodo,variable,valor,nota,fuente\n"
                + "1.1,2025-Q1,realizadas,,,\n"
                + "1.2,2025-Q1,realizadas,,,\n"
                + "1.3,2025-Q1,realizadas,,,\n"
                + "1.3,2025-Q1,solicitadas,,,\n");
  }

  @Test
  void leavesOutIndicatorsWithNothingDueInThePeriod() {
    // Q2: 1.2 (due in Q1) has target_period 0. B1 (Jan–Feb): 1.1 has F(2) − F(0) = 0 too.
    Run q2 = run("--plan", PLAN, "template", "--period", "2025-Q2");
    Run b1 = run("--plan", PLAN, "template", "--period", "2025-B1");

    assertThat(q2.out()).contains("1.1,2025-Q2,").doesNotContain("1.2,");
    assertThat(b1.out()).doesNotContain("1.1,", "1.2,").contains("1.3,2025-B1,realizadas");
  }

  @Test
  void writesTheTemplateToAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plantilla.csv");

    Run r = run("--plan", PLAN, "template", "--period", "2025-Q1", "-o", file.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .startsWith("indicador,periodo,variable,valor,nota,fuente\n1.1,2025-Q1,realizadas,,,\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void refusesAnOutputInAFolderThatDoesNotExist(@TempDir Path dir) {
    Run r = run("template", "--period", "2025-Q1", "-o", dir.resolve("no/x.csv").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no existe la carpeta de salida");
  }

  @Test
  void fillsTheWholeEmbeddedPlanForAQuarter() {
    Run r = run("template", "--period", "2025-Q2");

    // Every one of the 26 indicators is due in Q2 except 1.1.4 and 6 (due in Q1); 4.1 and 5.1
    // have two variables: 24 + 2 = 26 rows plus the header.
    assertThat(r.out().lines()).hasSize(27);
    assertThat(r.out()).doesNotContain("1.1.4,", "\n6,");
  }
}
