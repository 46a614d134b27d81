package mx.gob.cdmx.mpi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A plan file with one defect each gives that problem at the right line and column. */
class PlanReaderTest {

  static byte[] resource(String name) throws IOException {
    try (InputStream in = PlanReaderTest.class.getResourceAsStream("/plan/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsAMinimalValidPlan() throws IOException {
    PlanReader.Result r = PlanReader.read("minimal.yaml", resource("minimal.yaml"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.plan().year()).isEqualTo(2026);
    assertThat(r.plan().indicators()).hasSize(1);
    assertThat(r.plan().source().sha256()).hasSize(64);
    assertThat(r.plan().source().embedded()).isFalse();
  }

  @Test
  void aPlanPastSnakeYamlsThreeMiBDefaultIsRead() throws IOException {
    // Regression: a 10,000-indicator plan passed SnakeYAML's 3 MiB limit and failed to load.
    String minimal = new String(resource("minimal.yaml"), StandardCharsets.UTF_8);
    String padded = minimal + ("# " + "x".repeat(1_000) + "\n").repeat(4_000);
    assertThat(padded.length()).isGreaterThan(4_000_000);
    PlanReader.Result r = PlanReader.read("grande.yaml", padded.getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems()).isEmpty();
    assertThat(r.plan().indicators()).hasSize(1);
  }

  @Test
  void aPlanTooLargeIsToldSoNotBlamedOnIndentation() {
    // Regression: the size limit came out as "sintaxis YAML no válida … revise la sangría".
    byte[] huge = new byte[YamlTree.MAX_CODE_POINTS + 10];
    java.util.Arrays.fill(huge, (byte) '#');
    PlanReader.Result r = PlanReader.read("enorme.yaml", huge);
    assertThat(r.plan()).isNull();
    assertThat(r.problems()).hasSize(1);
    Problem p = r.problems().get(0);
    assertThat(p.code()).isEqualTo("plan-too-large");
    assertThat(p.message())
        .contains("el plan es demasiado grande", "67108874 caracteres", "hasta 67108864")
        .doesNotContain("sangría");
  }

  @Test
  void onlyTheBuiltInPlanIsMarkedEmbedded() throws IOException {
    // Even a file named like the built-in plan is a file: the packet tells the reader to hash it.
    PlanReader.Result named = PlanReader.read(PlanReader.EMBEDDED_NAME, resource("minimal.yaml"));
    assertThat(named.plan().source().embedded()).isFalse();
    assertThat(PlanReader.readEmbedded().plan().source().embedded()).isTrue();
  }

  /** Positions counted by hand in each file (1-based line and column). */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "unknown-key.yaml,         unknown-key,            24, 5",
    "missing-key.yaml,         missing-key,            16, 5",
    "decreasing-schedule.yaml, plan-schedule,          23, 17",
    "schedule-not-100.yaml,    plan-schedule,          23, 17",
    "formula-syntax.yaml,      plan-formula-syntax,    25, 28",
    "formula-variable.yaml,    plan-formula-variable,  25, 15",
    "duplicate-id.yaml,        duplicate-indicator,    30, 9",
    "yaml-syntax.yaml,         yaml-syntax,            18, 13",
    "meta-huge-exponent.yaml,  plan-number,            20, 11",
    "meta-too-many-digits.yaml, plan-number,           20, 11",
    "year-negative.yaml,       plan-year,              4,  7",
    "year-far.yaml,            plan-year,              4,  7",
    "alias.yaml,               yaml-alias,             18, 13",
  })
  void reportsEachDefectWithItsPosition(String file, String code, int line, int column)
      throws IOException {
    PlanReader.Result r = PlanReader.read(file, resource("broken/" + file));
    assertThat(r.plan()).isNull();
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.problems())
        .as("problems: %s", r.problems())
        .anySatisfy(
            p -> {
              assertThat(p.code()).isEqualTo(code);
              assertThat(p.line()).isEqualTo(line);
              assertThat(p.column()).isEqualTo(column);
              assertThat(p.file()).isEqualTo(file);
            });
  }

  @Test
  void unknownKeySuggestsTheClosestOne() throws IOException {
    PlanReader.Result r = PlanReader.read("x.yaml", resource("broken/unknown-key.yaml"));
    assertThat(r.problems())
        .extracting(Problem::message)
        .anyMatch(m -> m.contains("«sentdo»") && m.contains("¿quiso decir «sentido»?"));
  }

  @Test
  void decreasingScheduleSaysWhatIsExpected() throws IOException {
    PlanReader.Result r = PlanReader.read("x.yaml", resource("broken/decreasing-schedule.yaml"));
    assertThat(r.problems())
        .extracting(Problem::message)
        .anyMatch(m -> m.contains("[25, 50, 40, 100]") && m.contains("baja de 50 a 40"));
  }

  @Test
  void reportsEveryProblemNotJustTheFirst() throws IOException {
    String text =
        new String(resource("minimal.yaml"), StandardCharsets.UTF_8)
            .replace("sentido: ascendente", "sentido: subiendo")
            .replace("[25, 50, 75, 100]", "[25, 50]")
            .replace("realizadas / programadas", "realizadas / cosa");
    PlanReader.Result r = PlanReader.read("x.yaml", text.getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems())
        .extracting(Problem::code)
        .contains("plan-value", "plan-schedule", "plan-formula-variable");
  }

  @Test
  void rejectsAPlanThatIsNotUtf8() {
    byte[] latin1 =
        "id: plan\ninstitucion: \"Instituci\u00f3n\"\n".getBytes(StandardCharsets.ISO_8859_1);
    PlanReader.Result r = PlanReader.read("x.yaml", latin1);
    assertThat(r.problems()).extracting(Problem::code).containsExactly("plan-encoding");
  }

  @Test
  void hugeExponentInAPlanIsAClearErrorNotAnOutOfMemory() throws IOException {
    PlanReader.Result r = PlanReader.read("x.yaml", resource("broken/meta-huge-exponent.yaml"));
    assertThat(r.plan()).isNull();
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("«1e999999999», fuera del rango"));
  }

  @Test
  void anchorOnAScalarIsRefusedWithItsPositionAsIsItsAlias() {
    // Issue 14: an anchor on a scalar went unnoticed (only the alias was reported).
    String text = "id: x\ninstitucion: &i \"I\"\nnombre_corto: *i\nanio: 2026\ntitulo: \"T\"\n";
    PlanReader.Result r = PlanReader.read("x.yaml", text.getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems())
        .filteredOn(p -> p.code().equals("yaml-alias"))
        .extracting(p -> p.line() + ":" + p.column() + " " + p.message().substring(0, 18))
        .containsExactly("2:14 el ancla YAML «&i»", "3:15 el alias YAML «*i»");
  }

  @Test
  void anchorsAreRefusedEverywhereEvenUnused() throws IOException {
    String text =
        new String(resource("minimal.yaml"), StandardCharsets.UTF_8)
            .replace("nombre_corto: \"PRUEBA\"", "nombre_corto: &corto \"PRUEBA\"")
            .replace("cronograma:\n  - fila: 1", "cronograma: &filas\n  - fila: 1")
            .replace("    cronograma: [1]", "    &clave cronograma: &lista [1]");
    PlanReader.Result r = PlanReader.read("x.yaml", text.getBytes(StandardCharsets.UTF_8));
    assertThat(r.plan()).isNull();
    assertThat(r.problems())
        .filteredOn(p -> p.code().equals("yaml-alias"))
        .extracting(p -> p.line() + ":" + p.column())
        .containsExactly("3:15", "11:13", "19:5", "19:24");
  }

  @Test
  void ampersandsInsideTextAreNoAnchors() throws IOException {
    String text =
        new String(resource("minimal.yaml"), StandardCharsets.UTF_8)
            .replace("titulo: \"PLAN DE PRUEBA 2026\"", "titulo: \"PLAN & PRUEBA &2026\"")
            .replace("accion: \"Sesiones.\"", "accion: Sesiones & visitas");
    PlanReader.Result r = PlanReader.read("x.yaml", text.getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems()).as("%s", r.problems()).noneMatch(p -> p.code().equals("yaml-alias"));
    assertThat(r.plan()).isNotNull();
  }

  @Test
  void yearOfThePlanMustBeBetween2000And2100() throws IOException {
    PlanReader.Result r = PlanReader.read("x.yaml", resource("broken/year-negative.yaml"));
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("«anio» vale -5").contains("2000 a 2100"));
  }
}
