package mx.gob.cdmx.mpi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import mx.gob.cdmx.mpi.io.PlanReader;
import org.junit.jupiter.api.Test;

/** The seed's own inconsistencies, listed by hand from the document, found by the lint. */
class PlanLintTest {

  private final List<LintFinding> findings = PlanLint.lint(PlanReader.readEmbedded().plan());

  @Test
  void flagsFormulasWrittenAndInsteadOfARatio() {
    assertThat(subjects("formula-y-instead-of-ratio"))
        .containsExactly("1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.2.1");
  }

  @Test
  void flagsCronogramaDatesIn2024() {
    // the cronograma has no row numbers in the document: the finding names the action
    assertThat(named("cronograma-date-outside-plan-year"))
        .containsExactly(
            "cronograma acción «Elaboración y publicación de los Lineamientos de acción soc…»"
                + " (1.1.4)",
            "cronograma acción «Aprobación del Plan Anual de Trabajo 2025 por la Junta de G…» (6)");
  }

  @Test
  void flagsCronogramaRowsWithoutSectionAndSectionsWithoutRow() {
    assertThat(subjects("cronograma-row-without-section")).containsExactly("1.1.cc", "1.5.bdh");
    assertThat(subjects("section-without-cronograma-row")).containsExactly("4.1");
  }

  @Test
  void flagsActionsListedTwiceInTheCronograma() {
    assertThat(subjects("cronograma-duplicate-row")).containsExactly("2.2", "2.3");
  }

  @Test
  void flagsTargetsTheSeedDoesNotQuantify() {
    assertThat(subjects("target-not-quantified"))
        .containsExactly(
            "1.1.cc", "1.2.2a", "1.2.2b", "1.2.3", "1.4", "1.5.1", "1.5.bdh", "2.2", "5.1", "5.2");
  }

  @Test
  void flagsBaselinesThatNameAnotherUnit() {
    assertThat(subjects("baseline-names-other-unit")).containsExactly("2.1", "2.3", "6");
  }

  @Test
  void flagsFormulasThatMeasureSomethingElseThanTheGoal() {
    assertThat(subjects("formula-measures-other-than-goal")).containsExactly("1.2.1", "4.1");
  }

  @Test
  void everyFindingNamesItsField() {
    assertThat(findings)
        .extracting(LintFinding::subject, LintFinding::field)
        .contains(
            tuple("1.1.1", "metodo_calculo"),
            tuple("2.1", "linea_base"),
            tuple("cronograma", "fechas"),
            tuple("4.1", "cronograma"));
  }

  @Test
  void namesTheActionsWithoutFichaInWords() {
    assertThat(named("cronograma-row-without-section"))
        .containsExactly(
            "1.1.cc Actividades con el Consejo Consultivo",
            "1.5.bdh Participar en la base de Derechos Humanos");
  }

  @Test
  void flagsTwoFichasSharingOneCronogramaRow() {
    assertThat(findings)
        .filteredOn(f -> f.code().equals("cronograma-row-shared"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.label()).contains("(1.2.2a, 1.2.2b)");
              assertThat(f.message())
                  .contains("1.2.2a «Incorporaciones por procedimiento ordinario»")
                  .contains("1.2.2b «Incorporaciones por procedimiento extraordinario»");
            });
  }

  @Test
  void flagsFormulasWhoseTermsCountDifferentThings() {
    assertThat(subjects("formula-mixed-units")).containsExactly("1.1.3", "1.2.1", "2.3");
    assertThat(message("formula-mixed-units", "1.1.3"))
        .contains("cuenta actividades en el numerador y sesiones en el denominador");
    assertThat(message("formula-mixed-units", "1.2.1"))
        .contains("cuenta atenciones en el numerador y acciones en el denominador");
    assertThat(message("formula-mixed-units", "2.3"))
        .contains("el indicador cuenta acciones")
        .contains("el método de cálculo cuenta colaboraciones");
  }

  @Test
  void aTargetOfOneTakesTheSingular() {
    assertThat(message("fractional-schedule", "1.1.3")).startsWith("la meta de 1 actividad ");
    assertThat(message("fractional-schedule", "2.1")).startsWith("la meta de 1 capacitación ");
    assertThat(message("fractional-schedule", "1.3")).startsWith("la meta de 5 talleres ");
  }

  private String message(String code, String subject) {
    return findings.stream()
        .filter(f -> f.code().equals(code) && f.subject().equals(subject))
        .findFirst()
        .orElseThrow()
        .message();
  }

  private List<String> named(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).map(LintFinding::named).toList();
  }

  private List<String> subjects(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).map(LintFinding::subject).toList();
  }
}
