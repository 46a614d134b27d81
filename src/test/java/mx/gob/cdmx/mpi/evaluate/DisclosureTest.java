package mx.gob.cdmx.mpi.evaluate;

import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.data;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.indicator;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Publication;
import mx.gob.cdmx.mpi.plan.Transparency;
import mx.gob.cdmx.mpi.render.report.Disclosure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public edition's threshold, at its edges (docs/transparencia.md): 0 is shown, 1 to umbral − 1
 * read "menos de N", umbral and above are shown; an indicator that counts no people is never
 * touched; the year to date is reserved when the period or the rest of the year is small.
 */
class DisclosureTest {

  private static Indicator counting(Indicator i, boolean people) {
    return new Indicator(
        i.id(),
        i.programId(),
        i.groupId(),
        i.name(),
        i.text(),
        i.cronogramaRows(),
        i.target(),
        i.unit(),
        i.frequency(),
        i.schedule(),
        i.direction(),
        i.baseline(),
        i.formula(),
        i.variables(),
        i.interpretation(),
        new Transparency(people, null, null));
  }

  private static IndicatorResult q2(int threshold, boolean people, String q1, String q2) {
    Indicator i = counting(indicator("x").formula("realizadas").build(), people);
    Plan base = plan(i);
    Plan p =
        new Plan(
            base.id(),
            base.institution(),
            base.shortName(),
            base.year(),
            base.title(),
            base.sourceDocument(),
            base.thresholds(),
            base.introduction(),
            base.mission(),
            base.vision(),
            base.programs(),
            base.cronograma(),
            List.of(i),
            base.source(),
            new Publication(threshold));
    return Evaluator.evaluate(
            p, data("x,2025-Q1," + q1, "x,2025-Q2," + q2), Period.parse("2025-Q2"))
        .results()
        .get(0);
  }

  /** Q1, Q2 and what the public sees for Q2 and to date, worked by hand. */
  @ParameterizedTest(name = "umbral {0}, personas {1}: {2} + {3} -> {4} / {5}")
  @CsvSource({
    "5, true,  9, 0, 0,          9",
    "5, true,  9, 4, menos de 5, reservado",
    "5, true,  9, 5, 5,          14",
    "5, true,  1, 9, 9,          reservado",
    "5, true,  0, 1, menos de 5, menos de 5",
    "5, false, 9, 1, 1,          10",
    "3, true,  9, 3, 3,          12",
    "3, true,  9, 2, menos de 3, reservado",
  })
  void theThresholdAtItsEdges(
      int threshold, boolean people, String q1, String q2, String period, String toDate) {
    IndicatorResult r = q2(threshold, people, q1, q2);
    Disclosure d = Disclosure.of(r, threshold, false);
    assertThat(d.realizedPeriod(q2)).isEqualTo(period);
    assertThat(d.realizedToDate(r.toDate().realized().toPlainString())).isEqualTo(toDate);
  }
}
