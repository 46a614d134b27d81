package mx.gob.cdmx.mpi.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.plan.Plan;
import org.junit.jupiter.api.Test;

/** The same facts written the ways real offices write them validate identically. */
class EncodingsTest {

  static final Plan PLAN = PlanReader.readEmbedded().plan();
  static final Path DIR = Path.of("src/test/resources/validate/encodings");

  /** The facts of a row, without where it was read. */
  record Fact(
      String indicator, String period, String variable, String value, String note, String source) {
    static Fact of(Measurement m) {
      return new Fact(
          m.indicator(),
          m.period().code(),
          m.variable(),
          m.value().toPlainString(),
          m.note(),
          m.source());
    }
  }

  static ValidationResult validate(String file) {
    return Validator.validate(PLAN, List.of(DIR.resolve(file)));
  }

  static List<Fact> facts(ValidationResult r) {
    return r.data().measurements().stream().map(Fact::of).toList();
  }

  @Test
  void utf8Cp1252SemicolonCrlfAndBomEnglishReorderedGiveTheSameMeasurements() {
    ValidationResult utf8 = validate("facts-utf8.csv");
    ValidationResult cp1252 = validate("facts-cp1252-semicolon-crlf.csv");
    ValidationResult bom = validate("facts-bom-english-reordered.csv");

    assertThat(utf8.problems()).isEmpty();
    assertThat(bom.problems()).isEmpty();
    assertThat(cp1252.problems()).extracting(Problem::code).containsExactly("file-not-utf8");
    assertThat(facts(utf8))
        .hasSize(6)
        .contains(
            new Fact(
                "4.1",
                "2025-Q1",
                "realizadas",
                "2.0",
                "Curso \"Transparencia\"\nen dos partes; ambas en línea",
                "Constancias"),
            new Fact(
                "1.4", "2024-Q4", "realizadas", "130", "Año anterior — línea base", "Bitácora"));
    assertThat(facts(cp1252)).isEqualTo(facts(utf8));
    assertThat(facts(bom)).isEqualTo(facts(utf8));
  }

  @Test
  void recordsHowEachFileWasRead() {
    assertThat(validate("facts-utf8.csv").data().files().get(0))
        .extracting("encoding", "delimiter", "rows")
        .containsExactly("UTF-8", ',', 6);
    assertThat(validate("facts-cp1252-semicolon-crlf.csv").data().files().get(0))
        .extracting("encoding", "delimiter", "rows")
        .containsExactly("windows-1252", ';', 6);
    assertThat(validate("facts-bom-english-reordered.csv").data().files().get(0))
        .extracting("encoding", "delimiter", "rows")
        .containsExactly("UTF-8 (BOM)", ',', 6);
  }
}
