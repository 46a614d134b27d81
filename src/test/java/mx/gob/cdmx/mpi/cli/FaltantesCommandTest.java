package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mpi faltantes}: what the data lack for a period, by responsible area. */
class FaltantesCommandTest {

  private static final String AREAS = TemplateCommandTest.AREAS;

  /**
   * Q1 of plan-areas: 1.1 has its quarter row; 2.1 realizadas only January (February and March
   * missing); 2.1 solicitadas and 3.1 nothing. Expected: 2 indicators × 1 + 1 × 2 = 4 variables;
   * pending 3, in 2 areas (Unidad de Transparencia: 2.1 twice; the Coordinación's shared area:
   * 3.1).
   */
  private static Path data(Path dir) throws IOException {
    Path csv = dir.resolve("q1.csv");
    Files.writeString(
        csv,
        "indicador,periodo,variable,valor\n1.1,2025-Q1,realizadas,2\n2.1,2025-01,realizadas,4\n",
        StandardCharsets.UTF_8);
    return csv;
  }

  @Test
  void listsWhatIsMissingByArea(@TempDir Path dir) throws IOException {
    CliRun r = CliRun.run("--plan", AREAS, "faltantes", "--period", "2025-Q1", "" + data(dir));

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "Información pendiente · primer trimestre 2025 (enero–marzo)\n"
                + "3 datos pendientes de 4 esperados, en 2 áreas.\n"
                + "\n"
                + "Unidad de Transparencia (2)\n"
                + "  2.1  Solicitudes atendidas · realizadas: faltan febrero y marzo\n"
                + "  2.1  Solicitudes atendidas · solicitadas: sin datos\n"
                + "\n"
                + "Coordinación de Desarrollo y Evaluación de Medidas; Unidad de Transparencia (1)\n"
                + "  3.1  Horas de capacitación · realizadas: sin datos\n");
  }

  @Test
  void strictExitsOneWhenSomethingIsMissing(@TempDir Path dir) throws IOException {
    CliRun r =
        CliRun.run("--plan", AREAS, "faltantes", "--period", "2025-Q1", "--strict", "" + data(dir));

    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
  }

  @Test
  void nothingPendingIsSaidAndStrictPasses(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("todo.csv");
    Files.writeString(
        csv,
        "indicador,periodo,variable,valor\n1.1,2025-Q1,realizadas,2\n2.1,2025-Q1,realizadas,4\n"
            + "2.1,2025-Q1,solicitadas,5\n3.1,2025-Q1,realizadas,7.5\n",
        StandardCharsets.UTF_8);

    CliRun r =
        CliRun.run("--plan", AREAS, "faltantes", "--period", "2025-Q1", "--strict", "" + csv);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Nada pendiente: los 4 datos esperados tienen filas.");
  }

  @Test
  void jsonAndMarkdownCarryTheSameList(@TempDir Path dir) throws IOException {
    Path csv = data(dir);
    CliRun json =
        CliRun.run(
            "--plan", AREAS, "faltantes", "--period", "2025-Q1", "--format", "json", "" + csv);
    CliRun md =
        CliRun.run("--plan", AREAS, "faltantes", "--period", "2025-Q1", "--format", "md", "" + csv);

    JsonNode j = new ObjectMapper().readTree(json.out());
    assertThat(j.get("expected").asInt()).isEqualTo(4);
    assertThat(j.get("pending").asInt()).isEqualTo(3);
    assertThat(j.at("/areas/0/area").asText()).isEqualTo("Unidad de Transparencia");
    assertThat(j.at("/areas/0/items/0/coverage").asText()).isEqualTo("partial");
    assertThat(j.at("/areas/0/items/0/missing_months").toString()).isEqualTo("[2,3]");
    assertThat(j.at("/areas/1/items/0/coverage").asText()).isEqualTo("none");
    assertThat(md.out())
        .startsWith("# Información pendiente · primer trimestre 2025 (enero–marzo)\n")
        .contains("\n## Unidad de Transparencia (2)\n")
        .contains("- **2.1** Solicitudes atendidas · `solicitadas`: sin datos\n");
  }

  @Test
  void examplesOfTheSecondQuarterListTheRowsThatCannotBeSplit() {
    // examples/ has 2025-B2 (March–April) rows for 1.1.4, 1.3 and 3.3 and nothing else for April:
    // their April is missing from Q2, as the report's reason says.
    CliRun r = CliRun.run("faltantes", "--period", "2025-Q2", "examples/");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("3 datos pendientes de 28 esperados, en 3 áreas.")
        .contains("\nDirección General (1)\n  3.3  ")
        .contains(
            "  1.3  Talleres de autoprotección. · realizadas: falta abril (la fila 2025-B2 no se"
                + " puede partir en esta ventana)\n");
  }

  @Test
  void badDataStopWithExitOne(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("mal.csv");
    Files.writeString(csv, "indicador,periodo,variable,valor\n9.9,2025-Q1,realizadas,2\n");

    CliRun r = CliRun.run("--plan", AREAS, "faltantes", "--period", "2025-Q1", "" + csv);

    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.out()).isEmpty();
  }
}
