package mx.gob.cdmx.mpi.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.diagnostics.Severity;
import mx.gob.cdmx.mpi.measure.Measurement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional columns {@code accion} and {@code fecha_compromiso} (docs/validacion.md). */
class CorrectiveActionTest {

  static final String HEADER = "indicador,periodo,valor,nota,accion,fecha_compromiso\n";

  @TempDir Path dir;

  ValidationResult validate(String text) throws IOException {
    Path p = dir.resolve("a.csv");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return Validator.validate(ValidatorTest.PLAN, List.of(p));
  }

  @Test
  void keepsTheActionAndItsDateOnTheRow() throws IOException {
    ValidationResult r =
        validate(
            HEADER + "1.3,2025-Q2,1,Un taller se pasó a julio,Reprogramar el taller,2025-07-15\n");

    assertThat(r.problems()).isEmpty();
    Measurement m = r.data().measurements().get(0);
    assertThat(m.action()).isEqualTo("Reprogramar el taller");
    assertThat(m.commitment()).isEqualTo(LocalDate.of(2025, 7, 15));
    assertThat(m.hasAction()).isTrue();
  }

  @Test
  void readsDayFirstDatesAsExcelWritesThemInMexico() throws IOException {
    ValidationResult r = validate(HEADER + "1.3,2025-Q2,1,,Reprogramar,15/07/2025\n");

    assertThat(r.problems()).isEmpty();
    assertThat(r.data().measurements().get(0).commitment()).isEqualTo(LocalDate.of(2025, 7, 15));
  }

  @Test
  void acceptsEnglishAndAccentedHeaders() throws IOException {
    ValidationResult r =
        validate(
            "indicator,period,value,Acción,commitment_date\n1.3,2025-Q2,1,Reprogramar,2025-08-01\n");

    assertThat(r.problems()).isEmpty();
    assertThat(r.data().measurements().get(0).commitment()).isEqualTo(LocalDate.of(2025, 8, 1));
  }

  @Test
  void aDateThatDoesNotExistIsAnErrorAtItsCell() throws IOException {
    ValidationResult r = validate(HEADER + "1.3,2025-Q2,1,,Reprogramar,2025-06-31\n");

    Problem p = ValidatorTest.only(r);
    assertThat(p.code()).isEqualTo("bad-date");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    // "1.3,2025-Q2,1,,Reprogramar," is 27 characters: the date starts at column 28
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(28);
    assertThat(p.message()).contains("«2025-06-31»").contains("2025-09-30");
    assertThat(r.data().measurements()).isEmpty();
  }

  @Test
  void monthFirstDatesAreRefusedNotGuessed() throws IOException {
    Problem p = ValidatorTest.only(validate(HEADER + "1.3,2025-Q2,1,,Reprogramar,07/15/2025\n"));

    assertThat(p.code()).isEqualTo("bad-date");
  }

  @Test
  void aDateOnOrBeforeThePeriodEndIsAWarning() throws IOException {
    // Q2 ends on 30 June: the 30th itself is not after it
    ValidationResult r = validate(HEADER + "1.3,2025-Q2,1,,Reprogramar,2025-06-30\n");

    Problem p = ValidatorTest.only(r);
    assertThat(p.code()).isEqualTo("commitment-date-past");
    assertThat(p.severity()).isEqualTo(Severity.WARNING);
    assertThat(p.message()).contains("2025-Q2").contains("2025-06-30");
    assertThat(r.data().measurements()).hasSize(1);
  }

  @Test
  void theDayAfterThePeriodEndIsFine() throws IOException {
    assertThat(validate(HEADER + "1.3,2025-Q2,1,,Reprogramar,2025-07-01\n").problems()).isEmpty();
  }

  @Test
  void aDateWithoutActionIsAWarning() throws IOException {
    Problem p = ValidatorTest.only(validate(HEADER + "1.3,2025-Q2,1,,,2025-09-01\n"));

    assertThat(p.code()).isEqualTo("commitment-without-action");
    assertThat(p.column()).isEqualTo(17);
  }

  @Test
  void personalDataInTheActionIsFlagged() throws IOException {
    Problem p =
        ValidatorTest.only(
            validate(HEADER + "1.3,2025-Q2,1,,Llamar a enlace@example.org,2025-09-01\n"));

    assertThat(p.code()).isEqualTo("personal-data");
    assertThat(p.message()).contains("«accion»").doesNotContain("example.org");
  }
}
