package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mpi template}: one empty row per indicator and declared variable of the plan. */
class TemplateCommandTest {

  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  private static final String PLAN = EvaluateCommandTest.resource("plan-pequeno.yaml");

  @Test
  void listsEveryIndicatorAndVariable() {
    // 1.1 quarterly, 1.2 due in Q1, 1.3 a % target with two variables.
    CliRun r = run("--plan", PLAN, "template", "--period", "2025-Q1");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "indicador,periodo,variable,valor,nota,fuente,accion,fecha_compromiso\n"
                + "1.1,2025-Q1,realizadas,,,,,\n"
                + "1.2,2025-Q1,realizadas,,,,,\n"
                + "1.3,2025-Q1,realizadas,,,,,\n"
                + "1.3,2025-Q1,solicitadas,,,,,\n");
  }

  @Test
  void keepsIndicatorsWithNothingScheduledSoTheReportSaysNotDue(@TempDir Path dir)
      throws IOException {
    // B1 (Jan–Feb): 1.1 has F(2) − F(0) = 0 scheduled, yet it is listed. Filled with zeros, the
    // to-date window Jan–Feb is complete and target_to_date = 6 × 0 / 100 = 0 -> not-due
    // ("Aún no vence"), where a missing row would give no-data.
    CliRun b1 = run("--plan", PLAN, "template", "--period", "2025-B1");
    assertThat(b1.out()).contains("1.1,2025-B1,realizadas,,,", "1.2,2025-B1,realizadas,,,");

    Path filled = dir.resolve("b1.csv");
    Files.writeString(filled, b1.out().replace(",,,", ",0,,"), StandardCharsets.UTF_8);
    CliRun eval =
        run(
            "--plan",
            PLAN,
            "evaluate",
            "--period",
            "2025-B1",
            "--format",
            "csv",
            filled.toString());

    assertThat(eval.code()).as(eval.err()).isZero();
    assertThat(eval.out()).containsPattern("(?m)^1\\.1,[^\\n]*,not-due,");
  }

  @Test
  void writesTheTemplateToAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plantilla.csv");

    CliRun r = run("--plan", PLAN, "template", "--period", "2025-Q1", "-o", file.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .startsWith(
            "indicador,periodo,variable,valor,nota,fuente,accion,fecha_compromiso\n"
                + "1.1,2025-Q1,realizadas,,,,,\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void refusesAnOutputInAFolderThatDoesNotExist(@TempDir Path dir) {
    CliRun r = run("template", "--period", "2025-Q1", "-o", dir.resolve("no/x.csv").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no existe la carpeta de salida");
  }

  @Test
  void fillsTheWholeEmbeddedPlanForAQuarter() {
    CliRun r = run("template", "--period", "2025-Q2");

    // All 26 indicators, and 4.1 and 5.1 have two variables: 26 + 2 = 28 rows plus the header.
    assertThat(r.out().lines()).hasSize(29);
    assertThat(r.out()).contains("1.1.4,2025-Q2,realizadas,,,", "\n6,2025-Q2,realizadas,,,");
  }
}
