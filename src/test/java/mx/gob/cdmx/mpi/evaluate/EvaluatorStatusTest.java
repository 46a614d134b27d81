package mx.gob.cdmx.mpi.evaluate;

import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.data;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.dec;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.evaluate;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.indicator;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The semáforo (docs/metodologia.md): statuses in order, thresholds after rounding, over_target.
 */
class EvaluatorStatusTest {

  /** Target 80, quarterly: Q1 target to date 80 × 25 / 100 = 20. */
  private static final Indicator EIGHTY = indicator("e").target("80").build();

  @ParameterizedTest(name = "{0} / 20 × 100 = {1} -> {2}")
  @CsvSource({
    "17.99,  90.0, GREEN", // 89.95 rounds half-up to 90.0
    "17.98,  89.9, YELLOW", // 89.90
    "14,     70.0, YELLOW", // the yellow edge itself
    "13.99,  70.0, YELLOW", // 69.95 rounds to 70.0
    "13.988, 69.9, RED", // 69.94 rounds to 69.9
    "0,       0.0, RED",
  })
  void classifiesTheRoundedResult(String realized, String result, Status status) {
    IndicatorResult r = evaluate(EIGHTY, data("e,2025-Q1," + realized), "2025-Q1");

    assertThat(r.toDate().result()).isEqualTo(dec(result));
    assertThat(r.status()).isEqualTo(status);
  }

  @ParameterizedTest(name = "{0} sessions against 4 -> {1}, over_target {2}")
  @CsvSource({
    "6,     150.0, true", // 6 sessions against 4 by June
    "4.4,   110.0, false", // exactly 110 is not above it
    "4.404, 110.1, true",
  })
  void flagsResultsAboveTheOverTargetThreshold(String realized, String result, boolean over) {
    // Target 8, quarterly: to date at June 8 × 50 / 100 = 4.
    Indicator sessions = indicator("o").target("8").build();
    IndicatorResult r = evaluate(sessions, data("o,2025-S1," + realized), "2025-Q2");

    assertThat(r.toDate().result()).isEqualTo(dec(result));
    assertThat(r.status()).isEqualTo(Status.GREEN);
    assertThat(r.overTarget()).isEqualTo(over);
  }

  @Test
  void reportsNoTargetBeforeAnythingElse() {
    Indicator none = indicator("n").build();
    IndicatorResult r = evaluate(none, data("n,2025-Q1,3"), "2025-Q1");

    assertThat(r.status()).isEqualTo(Status.NO_TARGET);
    assertThat(r.toDate().realized()).isEqualTo(dec("3"));
    assertThat(r.toDate().result()).isNull();
    assertThat(r.overTarget()).isFalse();
    assertThat(r.reason()).isEqualTo("sin meta numérica en el plan");
  }

  @Test
  void computesACountFormulaWithoutATarget() {
    Indicator count = indicator("n").formula("realizadas").build();
    IndicatorResult r = evaluate(count, data("n,2025-Q1,3", "n,2025-Q2,2"), "2025-Q2");

    assertThat(r.period().result()).isEqualTo(dec("2.0"));
    assertThat(r.toDate().result()).isEqualTo(dec("5.0"));
    assertThat(r.status()).isEqualTo(Status.NO_TARGET);
  }

  @Test
  void reportsEachStatusInTheSpecOrder() {
    // One indicator per status, 2025-Q1 unless said otherwise.
    Indicator noTarget = indicator("1").build();
    Indicator noData = indicator("2").target("4").build();
    Indicator partial = indicator("3").target("4").build();
    Indicator notDue = indicator("4").target("4").schedule(List.of(0, 50, 75, 100)).build();
    Indicator green = indicator("5").target("4").build();
    Indicator yellow = indicator("6").target("40").build();
    Indicator red = indicator("7").target("40").build();
    Plan plan = plan(noTarget, noData, partial, notDue, green, yellow, red);

    Evaluation e =
        Evaluator.evaluate(
            plan,
            data(
                "1,2025-Q1,1",
                "3,2025-01,1",
                "4,2025-Q1,0",
                "5,2025-Q1,1",
                "6,2025-Q1,8",
                "7,2025-Q1,6"),
            Period.parse("2025-Q1"));

    // 6: 8 / 10 × 100 = 80.0 yellow; 7: 6 / 10 × 100 = 60.0 red.
    assertThat(e.results())
        .extracting(IndicatorResult::status)
        .containsExactly(
            Status.NO_TARGET,
            Status.NO_DATA,
            Status.PARTIAL,
            Status.NOT_DUE,
            Status.GREEN,
            Status.YELLOW,
            Status.RED);
    assertThat(e.summary())
        .containsExactly(
            Map.entry(Status.NO_TARGET, 1),
            Map.entry(Status.NO_DATA, 1),
            Map.entry(Status.PARTIAL, 1),
            Map.entry(Status.NOT_DUE, 1),
            Map.entry(Status.GREEN, 1),
            Map.entry(Status.YELLOW, 1),
            Map.entry(Status.RED, 1));
  }

  @Test
  void judgesPartialBeforeNotDue() {
    // 2025-02: nothing due yet, but only January is recorded -> partial comes first.
    IndicatorResult r =
        evaluate(indicator("x").target("4").build(), data("x,2025-01,0"), "2025-B1");

    assertThat(r.toDate().target()).isEqualTo(dec("0"));
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
  }

  @Test
  void usesThePlansThresholds() {
    Indicator i = indicator("x").target("40").build();
    Plan strict =
        new Plan(
            "p",
            "i",
            "s",
            2025,
            "t",
            null,
            new Thresholds(new BigDecimal("95"), new BigDecimal("85"), new BigDecimal("120")),
            null,
            null,
            null,
            plan(i).programs(),
            List.of(),
            List.of(i),
            plan(i).source());

    // 9.2 / 10 × 100 = 92.0: green with the defaults, yellow under 95.
    IndicatorResult r =
        Evaluator.evaluate(strict, data("x,2025-Q1,9.2"), Period.parse("2025-Q1")).results().get(0);

    assertThat(r.status()).isEqualTo(Status.YELLOW);
  }

  @Test
  void refusesAPeriodOfAnotherYear() {
    assertThatThrownBy(() -> Evaluator.evaluate(plan(EIGHTY), data(), Period.parse("2024-Q1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void evaluatesTheWholeEmbeddedPlanWithoutData() {
    Plan plan = PlanReader.readEmbedded().plan();

    Evaluation e = Evaluator.evaluate(plan, data(), Period.parse("2025-Q2"));

    assertThat(e.results()).hasSize(plan.indicators().size());
    assertThat(e.results())
        .allSatisfy(
            r -> {
              assertThat(r.status()).isIn(Status.NO_TARGET, Status.NO_DATA);
              assertThat(r.reason()).isNotBlank();
            });
  }
}
