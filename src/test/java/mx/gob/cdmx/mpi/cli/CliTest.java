package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: help, version, plan commands, usage and plan errors. */
class CliTest {

  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void helpListsEveryCommandInSpanish() {
    CliRun r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "Uso: mpi",
            "validate",
            "evaluate",
            "report",
            "packet",
            "plan",
            "template",
            "Muestra esta ayuda");
  }

  @Test
  void versionIsAvailableOnEveryCommand() {
    assertThat(run("--version").out()).startsWith("mpi ");
    assertThat(run("plan", "show", "--version").out()).startsWith("mpi ");
  }

  @Test
  void planShowListsEveryIndicatorWithItsTarget() {
    CliRun r = run("plan", "show");
    assertThat(r.code()).isZero();
    for (String id :
        List.of(
            "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.cc", "1.2.1", "1.2.2a", "1.2.2b", "1.2.3",
            "1.3", "1.4", "1.5.1", "1.5.bdh", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4",
            "3.5", "4.1", "5.1", "5.2", "5.3", "6")) {
      assertThat(r.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(id) + " ");
    }
    assertThat(r.out()).containsPattern("(?m)^1\\.1\\.2 .* 6 +sesiones +trimestral");
    assertThat(r.out()).containsPattern("(?m)^1\\.2\\.2a .* sin meta ");
    assertThat(r.out()).contains("26 indicadores en 6 programas");
  }

  @Test
  void planLintReportsWarningsAndSucceeds() {
    CliRun r = run("plan", "lint");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "[1.1.1 Realización de las sesiones de la Junta de Gobierno] metodo_calculo",
            "[1.1.cc Actividades con el Consejo Consultivo] cronograma",
            "[1.5.bdh Participar en la base de Derechos Humanos] cronograma",
            "Primer trimestre de 2024",
            "[formula-y-instead-of-ratio]",
            "[cronograma-row-without-section]",
            "[cronograma-row-shared]",
            "[formula-mixed-units]");
    assertThat(r.out())
        .contains("Criterios de interpretación")
        .contains(
            "  4.1 Transparencia: El denominador son las capacitaciones solicitadas por el INFO"
                + " CDMX");
  }

  @Test
  void brokenPlanPrintsEveryProblemWithItsLineAndExitsOne(@TempDir Path dir) throws IOException {
    Path plan = dir.resolve("broken.yaml");
    String text =
        new String(
                CliTest.class.getResourceAsStream("/plan/minimal.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("sentido: ascendente", "sentdo: ascendente")
            .replace("[25, 50, 75, 100]", "[25, 50, 40, 100]");
    Files.writeString(plan, text);
    CliRun r = run("--plan", plan.toString(), "plan", "show");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(plan + ":23:17: error:", plan + ":24:5: error:", "«sentdo»", "El plan tiene");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anotherYearsPlanNeedsNoCodeChange() throws Exception {
    Path plan = Path.of(CliTest.class.getResource("/plan/minimal.yaml").toURI());
    CliRun r = run("--plan", plan.toString(), "plan", "show");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("PLAN DE PRUEBA 2026", "1 indicador en 1 programa");
    assertThat(r.out()).containsPattern("(?m)^1\\.1 +Sesiones\\. +8 +sesiones");
  }

  @Test
  void missingPlanFileIsAUsageError() {
    CliRun r = run("--plan", "no-existe.yaml", "plan", "show");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no existe el archivo del plan: no-existe.yaml");
  }

  @Test
  void unknownOptionIsAUsageErrorInSpanish() {
    CliRun r = run("plan", "show", "--colour");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("opción desconocida: --colour");
  }
}
