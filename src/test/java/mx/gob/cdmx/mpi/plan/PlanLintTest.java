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
    assertThat(subjects("cronograma-date-outside-plan-year"))
        .containsExactly("cronograma fila 5", "cronograma fila 23");
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
            tuple("cronograma fila 5", "fechas"),
            tuple("4.1", "cronograma"));
  }

  private List<String> subjects(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).map(LintFinding::subject).toList();
  }
}
