package mx.gob.cdmx.mpi.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14: names are personal data too; institution and place names are not. */
class PersonalDataNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Atendió José Ramírez Soto",
        "entrevista con María de la Luz Hernández",
        "María Pérez López llamó",
        "reunión con Juan Carlos Méndez"
      })
  void fullNamesAreFound(String text) {
    assertThat(PersonalData.kinds(text)).contains("un nombre de persona");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sesión de la Junta de Gobierno",
        "Consejo de Evaluación de Medidas",
        "alcaldía Benito Juárez",
        "oficina en Gustavo A. Madero",
        "Mesa de Trabajo Multisectorial con la Fiscalía General de Justicia",
        "María",
        "José realizó la visita"
      })
  void institutionsPlacesAndLoneGivenNamesAreNot(String text) {
    assertThat(PersonalData.kinds(text)).doesNotContain("un nombre de persona");
  }

  /** The plan's own texts, the examples and the docs never trigger the detector. */
  @Test
  void planExamplesAndDocsHaveNoPersonalData() throws IOException {
    List<Path> files = new ArrayList<>(List.of(Path.of("plan-2025.yaml"), Path.of("README.md")));
    try (Stream<Path> s = Files.list(Path.of("examples"))) {
      s.filter(p -> p.toString().endsWith(".csv")).forEach(files::add);
    }
    try (Stream<Path> s = Files.list(Path.of("docs"))) {
      s.filter(p -> p.toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equals("seguridad.md"))
          .forEach(files::add);
    }
    List<String> hits = new ArrayList<>();
    for (Path f : files) {
      int n = 0;
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        n++;
        if (!PersonalData.find(line).isEmpty()) {
          hits.add(f + ":" + n);
        }
      }
    }
    assertThat(hits).isEmpty();
  }

  @Test
  void redactionReplacesEachDatumAndCountsThem() {
    PersonalData.Redacted r =
        PersonalData.redact("Llamar a Rosa Martínez al 55 1234 5678 o a rosa@example.org.");
    assertThat(r.text())
        .isEqualTo(
            "Llamar a [dato personal omitido] al [dato personal omitido] o a"
                + " [dato personal omitido].");
    assertThat(r.count()).isEqualTo(3);
  }
}
