package mx.gob.cdmx.mpi.evaluate;

import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.data;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.dec;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.evaluate;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.indicator;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.monthly;
import static org.assertj.core.api.Assertions.assertThat;

import mx.gob.cdmx.mpi.measure.DataSet;
import mx.gob.cdmx.mpi.plan.Indicator;
import org.junit.jupiter.api.Test;

/**
 * One indicator, quarterly schedule [25, 50, 75, 100], annual target 12, measured every month of
 * 2025 (Jan 1, Feb 0, Mar 2, Apr 1, May 0, Jun 1, Jul 2, Aug 1, Sep 0, Oct 1, Nov 1, Dec 2; total
 * 12), evaluated for one period of every type. Every figure below is worked by hand from
 * docs/metodologia.md. Running totals: Jan 1, Feb 1, Mar 3, Apr 4, May 4, Jun 5, Jul 7, Aug 8, Sep
 * 8, Oct 9, Nov 10, Dec 12.
 */
class EvaluatorPeriodTypesTest {

  private static final Indicator SESSIONS = indicator("m").target("12").build();
  private static final DataSet MONTHLY =
      data(monthly("m", "1", "0", "2", "1", "0", "1", "2", "1", "0", "1", "1", "2"));

  @Test
  void evaluatesAMonthAtAQuarterEnd() {
    // 2025-03: F(3) = 25, F(2) = 0 -> target_period = 12 × 25 / 100 = 3; to date 12 × 25 / 100 = 3.
    // realized: March 2; Jan–Mar 1 + 0 + 2 = 3. result_period 2 / 3 × 100 = 66.67 -> 66.7;
    // result_to_date 3 / 3 × 100 = 100.0 -> green. progress 3 / 12 × 100 = 25.0.
    IndicatorResult r = evaluate(SESSIONS, MONTHLY, "2025-03");

    assertThat(r.period().target()).isEqualTo(dec("3"));
    assertThat(r.toDate().target()).isEqualTo(dec("3"));
    assertThat(r.period().realized()).isEqualTo(dec("2"));
    assertThat(r.toDate().realized()).isEqualTo(dec("3"));
    assertThat(r.period().result()).isEqualTo(dec("66.7"));
    assertThat(r.toDate().result()).isEqualTo(dec("100.0"));
    assertThat(r.progress()).isEqualTo(dec("25.0"));
    assertThat(r.status()).isEqualTo(Status.GREEN);
    assertThat(r.toDate().coverage()).isEqualTo(Coverage.COMPLETE);
    assertThat(r.period().coverage()).isEqualTo(Coverage.COMPLETE);
    assertThat(r.reason()).isNull();
  }

  @Test
  void evaluatesAMonthBeforeTheFirstQuarterEndsAsNotDue() {
    // 2025-01: F(1) = 0 and F(0) = 0 -> target_period 0, target_to_date 0 -> not-due.
    // realized 1 and 1; the results divide by programadas = 0; progress 1 / 12 × 100 = 8.33 -> 8.3.
    IndicatorResult r = evaluate(SESSIONS, MONTHLY, "2025-01");

    assertThat(r.period().target()).isEqualTo(dec("0"));
    assertThat(r.toDate().target()).isEqualTo(dec("0"));
    assertThat(r.period().realized()).isEqualTo(dec("1"));
    assertThat(r.period().result()).isNull();
    assertThat(r.toDate().result()).isNull();
    assertThat(r.progress()).isEqualTo(dec("8.3"));
    assertThat(r.status()).isEqualTo(Status.NOT_DUE);
    assertThat(r.reason()).isEqualTo("sin meta programada al periodo");
  }

  @Test
  void evaluatesABimester() {
    // 2025-B3 (May–Jun): F(6) = 50, F(4) = 25 -> target_period 12 × 25 / 100 = 3,
    // target_to_date 12 × 50 / 100 = 6. realized May–Jun 0 + 1 = 1, Jan–Jun 5.
    // result_period 1 / 3 × 100 = 33.33 -> 33.3; result_to_date 5 / 6 × 100 = 83.33 -> 83.3,
    // yellow (70 <= 83.3 < 90). progress 5 / 12 × 100 = 41.67 -> 41.7.
    IndicatorResult r = evaluate(SESSIONS, MONTHLY, "2025-B3");

    assertThat(r.period().target()).isEqualTo(dec("3"));
    assertThat(r.toDate().target()).isEqualTo(dec("6"));
    assertThat(r.period().realized()).isEqualTo(dec("1"));
    assertThat(r.toDate().realized()).isEqualTo(dec("5"));
    assertThat(r.period().result()).isEqualTo(dec("33.3"));
    assertThat(r.toDate().result()).isEqualTo(dec("83.3"));
    assertThat(r.progress()).isEqualTo(dec("41.7"));
    assertThat(r.status()).isEqualTo(Status.YELLOW);
    assertThat(r.overTarget()).isFalse();
  }

  @Test
  void evaluatesAQuarter() {
    // 2025-Q3 (Jul–Sep): F(9) = 75, F(6) = 50 -> target_period 3, target_to_date 9.
    // realized Jul–Sep 2 + 1 + 0 = 3, Jan–Sep 8. result_period 3 / 3 × 100 = 100.0;
    // result_to_date 8 / 9 × 100 = 88.89 -> 88.9, yellow. progress 8 / 12 × 100 = 66.67 -> 66.7.
    IndicatorResult r = evaluate(SESSIONS, MONTHLY, "2025-Q3");

    assertThat(r.period().target()).isEqualTo(dec("3"));
    assertThat(r.toDate().target()).isEqualTo(dec("9"));
    assertThat(r.period().realized()).isEqualTo(dec("3"));
    assertThat(r.toDate().realized()).isEqualTo(dec("8"));
    assertThat(r.period().result()).isEqualTo(dec("100.0"));
    assertThat(r.toDate().result()).isEqualTo(dec("88.9"));
    assertThat(r.progress()).isEqualTo(dec("66.7"));
    assertThat(r.status()).isEqualTo(Status.YELLOW);
  }

  @Test
  void evaluatesASemester() {
    // 2025-S2 (Jul–Dec): F(12) = 100, F(6) = 50 -> target_period 6, target_to_date 12.
    // realized Jul–Dec 2 + 1 + 0 + 1 + 1 + 2 = 7, Jan–Dec 12. result_period 7 / 6 × 100 =
    // 116.67 -> 116.7; result_to_date 12 / 12 × 100 = 100.0, green, not above 110.
    IndicatorResult r = evaluate(SESSIONS, MONTHLY, "2025-S2");

    assertThat(r.period().target()).isEqualTo(dec("6"));
    assertThat(r.toDate().target()).isEqualTo(dec("12"));
    assertThat(r.period().realized()).isEqualTo(dec("7"));
    assertThat(r.toDate().realized()).isEqualTo(dec("12"));
    assertThat(r.period().result()).isEqualTo(dec("116.7"));
    assertThat(r.toDate().result()).isEqualTo(dec("100.0"));
    assertThat(r.progress()).isEqualTo(dec("100.0"));
    assertThat(r.status()).isEqualTo(Status.GREEN);
    assertThat(r.overTarget()).isFalse();
  }

  @Test
  void evaluatesTheWholeYear() {
    // 2025: both windows are Jan–Dec. F(12) = 100, F(0) = 0 -> 12 and 12; realized 12 and 12;
    // results 100.0; progress 100.0. No 2024 rows and no plan baseline -> baselines null.
    IndicatorResult r = evaluate(SESSIONS, MONTHLY, "2025");

    assertThat(r.target()).isEqualTo(dec("12"));
    assertThat(r.period().target()).isEqualTo(dec("12"));
    assertThat(r.toDate().target()).isEqualTo(dec("12"));
    assertThat(r.period().realized()).isEqualTo(dec("12"));
    assertThat(r.toDate().realized()).isEqualTo(dec("12"));
    assertThat(r.period().result()).isEqualTo(dec("100.0"));
    assertThat(r.toDate().result()).isEqualTo(dec("100.0"));
    assertThat(r.progress()).isEqualTo(dec("100.0"));
    assertThat(r.period().baseline()).isNull();
    assertThat(r.toDate().baseline()).isNull();
    assertThat(r.status()).isEqualTo(Status.GREEN);
    assertThat(r.reason()).isNull();
  }

  @Test
  void bindsTheFormulaToEachWindowsFigures() {
    // 2025-Q3: period window realizadas 3, programadas 3; to date realizadas 8, programadas 9.
    IndicatorResult r = evaluate(SESSIONS, MONTHLY, "2025-Q3");

    assertThat(r.period().bindings())
        .containsEntry("realizadas", dec("3"))
        .containsEntry("programadas", dec("3"));
    assertThat(r.toDate().bindings())
        .containsEntry("realizadas", dec("8"))
        .containsEntry("programadas", dec("9"));
    assertThat(r.period().rows())
        .extracting(row -> row.period().code())
        .containsExactly("2025-07", "2025-08", "2025-09");
  }
}
