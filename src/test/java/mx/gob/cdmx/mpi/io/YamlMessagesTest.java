package mx.gob.cdmx.mpi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14: a YAML syntax error in the plan said what was wrong in SnakeYAML's English («mapping
 * values are not allowed here»); its usual complaints are now told in Spanish, at the same place.
 */
class YamlMessagesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "id: x\\n  mal: [\\n | 2 | aquí no puede ir «clave: valor»",
        "id: x\\nb: c: d\\n | 2 | aquí no puede ir «clave: valor»",
        "id: x\\n\\tb: 1\\n | 2 | la sangría va sólo con espacios",
        "id: [1, 2\\nx: 1\\n | 2 | falta «,» o «]» en la lista entre corchetes",
        "a:\\n    b: 1\\n  c: 2\\n | 3 | la sangría no coincide",
      })
  void yamlSyntaxErrorsAreToldInSpanish(String text, int line, String expected) {
    String yaml = text.replace("\\n", "\n").replace("\\t", "\t");
    PlanReader.Result r = PlanReader.read("plan.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(r.problems())
        .filteredOn(p -> p.code().equals("yaml-syntax"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).contains(expected);
              assertThat(p.line()).isEqualTo(line);
            })
        .extracting(Problem::message)
        .asString()
        .doesNotContain("allowed", "expected", "found", "while scanning");
  }
}
