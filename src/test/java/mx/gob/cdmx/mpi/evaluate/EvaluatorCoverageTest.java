package mx.gob.cdmx.mpi.evaluate;

import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.data;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.dec;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.evaluate;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import mx.gob.cdmx.mpi.plan.Indicator;
import org.junit.jupiter.api.Test;

/**
 * Windows and coverage (docs/metodologia.md §1–§2) for data given monthly, bimonthly and quarterly,
 * with the quarterly schedule [25, 50, 75, 100] and annual target 6 of the example in
 * docs/metodologia.md §4.
 */
class EvaluatorCoverageTest {

  private static final Indicator SIX = indicator("c").target("6").build();

  @Test
  void schedulesTheSpecExampleForTheSecondAndFourthBimesters() {
    // docs/metodologia.md §4: B2 (Mar–Apr): F(4) = 25, F(2) = 0 -> 6 × 25 / 100 = 1.5 and 1.5.
    // B4 (Jul–Aug): F(8) = 50, F(6) = 50 -> 6 × 0 / 100 = 0; to date 6 × 50 / 100 = 3.
    IndicatorResult b2 = evaluate(SIX, data(), "2025-B2");
    IndicatorResult b4 = evaluate(SIX, data(), "2025-B4");

    assertThat(b2.period().target()).isEqualTo(dec("1.5"));
    assertThat(b2.toDate().target()).isEqualTo(dec("1.5"));
    assertThat(b4.period().target()).isEqualTo(dec("0"));
    assertThat(b4.toDate().target()).isEqualTo(dec("3"));
  }

  @Test
  void explainsADivisionByAZeroPeriodTargetWhenTheToDateTargetIsDue() {
    // B4 with monthly rows Jan–Aug of 0.5 each: both windows complete. Period: programadas = 0
    // -> no result. To date: 8 × 0.5 = 4 against 3 -> 133.3, green and over 110.
    IndicatorResult r =
        evaluate(
            SIX,
            data(
                "c,2025-01,0.5",
                "c,2025-02,0.5",
                "c,2025-03,0.5",
                "c,2025-04,0.5",
                "c,2025-05,0.5",
                "c,2025-06,0.5",
                "c,2025-07,0.5",
                "c,2025-08,0.5"),
            "2025-B4");

    assertThat(r.period().realized()).isEqualTo(dec("1"));
    assertThat(r.toDate().realized()).isEqualTo(dec("4"));
    assertThat(r.period().result()).isNull();
    assertThat(r.toDate().result()).isEqualTo(dec("133.3"));
    assertThat(r.status()).isEqualTo(Status.GREEN);
    assertThat(r.overTarget()).isTrue();
    assertThat(r.reason()).isEqualTo("sin meta programada en este periodo (meta del periodo 0)");
  }

  @Test
  void evaluatesAQuarterFromQuarterlyData() {
    // Q1 = 2, Q2 = 1. 2025-Q2: target_period 6 × (50 − 25) / 100 = 1.5, to date 3.
    // result_period 1 / 1.5 × 100 = 66.67 -> 66.7; to date 3 / 3 × 100 = 100.0, green.
    // progress 3 / 6 × 100 = 50.0.
    IndicatorResult r = evaluate(SIX, data("c,2025-Q1,2", "c,2025-Q2,1"), "2025-Q2");

    assertThat(r.period().target()).isEqualTo(dec("1.5"));
    assertThat(r.toDate().target()).isEqualTo(dec("3"));
    assertThat(r.period().realized()).isEqualTo(dec("1"));
    assertThat(r.toDate().realized()).isEqualTo(dec("3"));
    assertThat(r.period().result()).isEqualTo(dec("66.7"));
    assertThat(r.toDate().result()).isEqualTo(dec("100.0"));
    assertThat(r.progress()).isEqualTo(dec("50.0"));
    assertThat(r.status()).isEqualTo(Status.GREEN);
    assertThat(r.reason()).isNull();
  }

  @Test
  void eachWindowKeepsTheRowsLyingInsideIt() {
    // 2025-Q2: the period window is April–June, the year to date January–June. The 2024 row and
    // the July–September row lie in neither.
    IndicatorResult r =
        evaluate(SIX, data("c,2024-Q2,4", "c,2025-Q1,2", "c,2025-Q2,1", "c,2025-Q3,5"), "2025-Q2");

    assertThat(r.period().rows()).extracting(m -> m.period().code()).containsExactly("2025-Q2");
    assertThat(r.toDate().rows())
        .extracting(m -> m.period().code())
        .containsExactly("2025-Q1", "2025-Q2");
  }

  @Test
  void findsNoDataForABimesterThatCutsAcrossQuarterlyRows() {
    // B2 = Mar–Apr over rows Q1 (Jan–Mar) and Q2 (Apr–Jun): neither lies inside Mar–Apr -> the
    // period window has none. To date Jan–Apr: Q1 lies inside (Jan–Mar), Q2 does not -> partial,
    // April missing, realized to date 2 (shown, marked partial). Status partial.
    IndicatorResult r = evaluate(SIX, data("c,2025-Q1,2", "c,2025-Q2,1"), "2025-B2");

    assertThat(r.period().coverage()).isEqualTo(Coverage.NONE);
    assertThat(r.toDate().coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(r.period().realized()).isNull();
    assertThat(r.toDate().realized()).isEqualTo(dec("2"));
    assertThat(r.period().result()).isNull();
    assertThat(r.toDate().result()).isNull();
    assertThat(r.progress()).isNull();
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.reason())
        .isEqualTo(
            "sin datos para marzo–abril (las filas 2025-Q1 y 2025-Q2 no"
                + " se pueden partir en esta ventana)");
  }

  @Test
  void findsThePeriodEmptyButTheToDateCompleteForABimesterEndingWithAQuarter() {
    // B3 = May–Jun over Q1 and Q2: no row inside May–Jun -> none; to date Jan–Jun = Q1 + Q2,
    // complete: 2 + 1 = 3 against 6 × 50 / 100 = 3 -> 100.0, green.
    IndicatorResult r = evaluate(SIX, data("c,2025-Q1,2", "c,2025-Q2,1"), "2025-B3");

    assertThat(r.period().coverage()).isEqualTo(Coverage.NONE);
    assertThat(r.toDate().coverage()).isEqualTo(Coverage.COMPLETE);
    assertThat(r.period().realized()).isNull();
    assertThat(r.toDate().realized()).isEqualTo(dec("3"));
    assertThat(r.toDate().result()).isEqualTo(dec("100.0"));
    assertThat(r.status()).isEqualTo(Status.GREEN);
    assertThat(r.reason())
        .isEqualTo(
            "sin datos para mayo–junio (la fila 2025-Q2 no se puede partir en esta ventana)");
  }

  @Test
  void findsTheToDatePartialForABimesterOverOnlyTheFirstQuarter() {
    // B3 over Q1 alone: period May–Jun none; to date Jan–Jun covers Jan–Mar only -> partial,
    // missing April, May and June; realized to date 2.
    IndicatorResult r = evaluate(SIX, data("c,2025-Q1,2"), "2025-B3");

    assertThat(r.period().coverage()).isEqualTo(Coverage.NONE);
    assertThat(r.toDate().coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(r.toDate().realized()).isEqualTo(dec("2"));
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.reason())
        .isEqualTo(
            "sin datos para mayo–junio; acumulado parcial (enero–junio): faltan abril, mayo y junio");
  }

  @Test
  void evaluatesAQuarterFromBimonthlyData() {
    // B1 = 1, B2 = 1, B3 = 1. Q2 (Apr–Jun): B3 (May–Jun) lies inside, B2 (Mar–Apr) does not ->
    // the period window misses April (partial, realized 1 shown). To date Jan–Jun = B1 + B2 + B3,
    // complete: 3 against 3 -> 100.0, green; progress 3 / 6 × 100 = 50.0.
    IndicatorResult r = evaluate(SIX, data("c,2025-B1,1", "c,2025-B2,1", "c,2025-B3,1"), "2025-Q2");

    assertThat(r.period().coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(r.toDate().coverage()).isEqualTo(Coverage.COMPLETE);
    assertThat(r.period().realized()).isEqualTo(dec("1"));
    assertThat(r.period().result()).isNull();
    assertThat(r.toDate().realized()).isEqualTo(dec("3"));
    assertThat(r.toDate().result()).isEqualTo(dec("100.0"));
    assertThat(r.progress()).isEqualTo(dec("50.0"));
    assertThat(r.status()).isEqualTo(Status.GREEN);
    assertThat(r.reason())
        .isEqualTo(
            "ventana parcial: falta abril (la fila 2025-B2 no se puede partir en esta ventana)");
  }

  @Test
  void evaluatesASemesterFromBimonthlyData() {
    // S1 = Jan–Jun = B1 + B2 + B3 for both windows: 3 against 6 × 50 / 100 = 3 -> 100.0.
    IndicatorResult r = evaluate(SIX, data("c,2025-B1,1", "c,2025-B2,1", "c,2025-B3,1"), "2025-S1");

    assertThat(r.period().target()).isEqualTo(dec("3"));
    assertThat(r.period().result()).isEqualTo(dec("100.0"));
    assertThat(r.toDate().result()).isEqualTo(dec("100.0"));
    assertThat(r.reason()).isNull();
  }

  @Test
  void namesTheMissingMonthsOfThePeriod() {
    // Monthly rows Jan–Apr only; Q2: the period has April, misses May and June; to date misses
    // the same months, all inside the period, so one cause is enough. Partial sums shown:
    // April 1; Jan–Apr 1 + 0 + 2 + 1 = 4.
    IndicatorResult r =
        evaluate(SIX, data("c,2025-01,1", "c,2025-02,0", "c,2025-03,2", "c,2025-04,1"), "2025-Q2");

    assertThat(r.period().coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(r.toDate().coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(r.period().realized()).isEqualTo(dec("1"));
    assertThat(r.toDate().realized()).isEqualTo(dec("4"));
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.reason()).isEqualTo("ventana parcial: faltan mayo y junio");
  }

  @Test
  void saysThereIsNoDataForAMissingMonth() {
    // Rows Jan–Mar; report 2025-04: April has no row; to date Jan–Apr partial.
    IndicatorResult r = evaluate(SIX, data("c,2025-01,1", "c,2025-02,0", "c,2025-03,2"), "2025-04");

    assertThat(r.period().coverage()).isEqualTo(Coverage.NONE);
    assertThat(r.toDate().coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.reason()).isEqualTo("sin datos para abril");
  }

  @Test
  void namesAMissingMonthBeforeThePeriod() {
    // Rows Jan, Mar–Jun (February missing). Q2: the period is complete, 1 + 0 + 1 = 2 against
    // 1.5 -> 133.3; to date misses February -> partial, no result to date.
    IndicatorResult r =
        evaluate(
            SIX,
            data("c,2025-01,1", "c,2025-03,2", "c,2025-04,1", "c,2025-05,0", "c,2025-06,1"),
            "2025-Q2");

    assertThat(r.period().coverage()).isEqualTo(Coverage.COMPLETE);
    assertThat(r.period().result()).isEqualTo(dec("133.3"));
    assertThat(r.toDate().coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(r.toDate().result()).isNull();
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.reason()).isEqualTo("acumulado parcial (enero–junio): falta febrero");
  }

  @Test
  void listsThreeMissingMonthsInSpanish() {
    // Only Apr–Jun recorded; Q2 to date misses January, February and March.
    IndicatorResult r = evaluate(SIX, data("c,2025-Q2,2"), "2025-Q2");

    assertThat(r.reason())
        .isEqualTo("acumulado parcial (enero–junio): faltan enero, febrero y marzo");
  }

  @Test
  void findsNoDataWhenNothingIsRecorded() {
    IndicatorResult r = evaluate(SIX, data("otro,2025-Q1,3"), "2025-Q2");

    assertThat(r.toDate().coverage()).isEqualTo(Coverage.NONE);
    assertThat(r.period().coverage()).isEqualTo(Coverage.NONE);
    assertThat(r.period().realized()).isNull();
    assertThat(r.toDate().realized()).isNull();
    assertThat(r.status()).isEqualTo(Status.NO_DATA);
    assertThat(r.reason()).isEqualTo("sin datos para enero–junio");
  }

  @Test
  void ignoresRowsOfLaterPeriodsAndOfOtherYears() {
    // Q3 2025 and Q1 2024 rows lie outside both Q1 2025 windows.
    IndicatorResult r =
        evaluate(SIX, data("c,2024-Q1,9", "c,2025-Q1,1.5", "c,2025-Q3,7"), "2025-Q1");

    assertThat(r.period().realized()).isEqualTo(dec("1.5"));
    assertThat(r.toDate().realized()).isEqualTo(dec("1.5"));
    assertThat(r.toDate().result()).isEqualTo(dec("100.0"));
  }

  @Test
  void schedulesAnAnnualActionDueInTheFirstQuarter() {
    // Schedule [100, 100, 100, 100], target 1. Q1: F(3) − F(0) = 100 -> 1 and 1.
    // Q2: F(6) − F(3) = 0 -> target_period 0; F(6) = 100 -> to date 1.
    // Data Q1 = 1, Q2 = 0: Q2 result to date 1 / 1 × 100 = 100.0, green; the period divides by 0.
    Indicator annual = indicator("a").target("1").schedule(EvalFixtures.FIRST_QUARTER).build();
    IndicatorResult q1 = evaluate(annual, data("a,2025-Q1,1"), "2025-Q1");
    IndicatorResult q2 = evaluate(annual, data("a,2025-Q1,1", "a,2025-Q2,0"), "2025-Q2");
    IndicatorResult b1 = evaluate(annual, data("a,2025-B1,0"), "2025-B1");

    assertThat(q1.period().target()).isEqualTo(dec("1"));
    assertThat(q1.toDate().target()).isEqualTo(dec("1"));
    assertThat(q1.toDate().result()).isEqualTo(dec("100.0"));
    assertThat(q1.status()).isEqualTo(Status.GREEN);
    assertThat(q2.period().target()).isEqualTo(dec("0"));
    assertThat(q2.toDate().target()).isEqualTo(dec("1"));
    assertThat(q2.period().realized()).isEqualTo(dec("0"));
    assertThat(q2.period().result()).isNull();
    assertThat(q2.toDate().result()).isEqualTo(dec("100.0"));
    assertThat(q2.progress()).isEqualTo(dec("100.0"));
    assertThat(q2.status()).isEqualTo(Status.GREEN);
    assertThat(q2.reason()).isEqualTo("sin meta programada en este periodo (meta del periodo 0)");
    // B1 (Jan–Feb) ends before the first quarter: F(2) = 0 -> nothing due yet.
    assertThat(b1.toDate().target()).isEqualTo(dec("0"));
    assertThat(b1.status()).isEqualTo(Status.NOT_DUE);
  }
}
