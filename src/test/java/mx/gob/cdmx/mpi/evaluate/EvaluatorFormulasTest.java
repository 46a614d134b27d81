package mx.gob.cdmx.mpi.evaluate;

import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.data;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.dec;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.evaluate;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.indicator;
import static mx.gob.cdmx.mpi.evaluate.EvalFixtures.monthly;
import static org.assertj.core.api.Assertions.assertThat;

import mx.gob.cdmx.mpi.plan.Aggregation;
import mx.gob.cdmx.mpi.plan.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formulas with {@code linea_base}, {@code anterior} and several variables; descending indicators;
 * {@code ultimo} aggregation; percentage targets; baselines (docs/metodologia.md).
 */
class EvaluatorFormulasTest {

  private static final Indicator GROWTH =
      indicator("g").formula("realizadas / linea_base * 100").build();

  private static final String[] TWO_YEARS = {
    "g,2024-Q1,4", "g,2024-Q2,5", "g,2025-Q1,5", "g,2025-Q2,6"
  };

  @Test
  void comparesAGrowthIndicatorWithLastYearsData() {
    // linea_base = realizadas over the same window of 2024. Q2 2025: period 6 / 5 × 100 = 120.0;
    // to date (5 + 6) / (4 + 5) × 100 = 11 / 9 × 100 = 122.22 -> 122.2. No numeric target ->
    // status no-target. Baselines: Apr–Jun 2024 = 5, Jan–Jun 2024 = 9.
    IndicatorResult r = evaluate(GROWTH, data(TWO_YEARS), "2025-Q2");

    assertThat(r.period().result()).isEqualTo(dec("120.0"));
    assertThat(r.toDate().result()).isEqualTo(dec("122.2"));
    assertThat(r.period().baseline()).isEqualTo(dec("5"));
    assertThat(r.toDate().baseline()).isEqualTo(dec("9"));
    assertThat(r.period().bindings())
        .containsEntry("realizadas", dec("6"))
        .containsEntry("linea_base", dec("5"));
    assertThat(r.toDate().bindings())
        .containsEntry("realizadas", dec("11"))
        .containsEntry("linea_base", dec("9"));
    assertThat(r.target()).isNull();
    assertThat(r.period().target()).isNull();
    assertThat(r.toDate().target()).isNull();
    assertThat(r.progress()).isNull();
    assertThat(r.status()).isEqualTo(Status.NO_TARGET);
    assertThat(r.overTarget()).isFalse();
    assertThat(r.reason()).isEqualTo("sin meta numérica en el plan");
  }

  @Test
  void classifiesAGrowthIndicatorWithAPercentTarget() {
    // Same figures with target 100 %: 122.2 >= 90 -> green, and above 110 -> over_target.
    Indicator withTarget =
        indicator("g").percentTarget("100").formula("realizadas / linea_base * 100").build();
    IndicatorResult r = evaluate(withTarget, data(TWO_YEARS), "2025-Q2");

    assertThat(r.period().target()).isEqualTo(dec("100"));
    assertThat(r.toDate().target()).isEqualTo(dec("100"));
    assertThat(r.toDate().result()).isEqualTo(dec("122.2"));
    assertThat(r.status()).isEqualTo(Status.GREEN);
    assertThat(r.overTarget()).isTrue();
    assertThat(r.progress()).isNull();
    assertThat(r.reason()).isNull();
  }

  @Test
  void explainsMissingDataOfLastYear() {
    // Only 2024-Q1: Apr–Jun 2024 has no data; Jan–Jun 2024 lacks April–June.
    // The 2025 windows are complete, so the status is no-data with the reason.
    Indicator withTarget =
        indicator("g").percentTarget("100").formula("realizadas / linea_base * 100").build();
    IndicatorResult r =
        evaluate(withTarget, data("g,2024-Q1,4", "g,2025-Q1,5", "g,2025-Q2,6"), "2025-Q2");

    assertThat(r.toDate().coverage()).isEqualTo(Coverage.COMPLETE);
    assertThat(r.period().result()).isNull();
    assertThat(r.toDate().result()).isNull();
    assertThat(r.period().baseline()).isNull();
    assertThat(r.toDate().baseline()).isNull();
    assertThat(r.status()).isEqualTo(Status.NO_DATA);
    assertThat(r.reason())
        .isEqualTo(
            "sin datos de 2024 para abril–junio; "
                + "datos parciales de 2024 para enero–junio: faltan abril, mayo y junio");
  }

  @Test
  void explainsAZeroBaseline() {
    // 2024-Q2 = 0: the period result divides by linea_base = 0; to date 11 / 4 × 100 = 275.0.
    IndicatorResult r =
        evaluate(
            GROWTH, data("g,2024-Q1,4", "g,2024-Q2,0", "g,2025-Q1,5", "g,2025-Q2,6"), "2025-Q2");

    assertThat(r.period().result()).isNull();
    assertThat(r.toDate().result()).isEqualTo(dec("275.0"));
    assertThat(r.period().baseline()).isEqualTo(dec("0"));
    assertThat(r.reason())
        .isEqualTo("sin meta numérica en el plan; división entre cero: línea base 0");
  }

  @Test
  void comparesWithThePreviousPeriodAndLastYearToDate() {
    // anterior: for the period window realizadas of the quarter before (2025-Q1 = 0 -> division
    // by zero); for the to-date window linea_base = Jan–Jun 2024 = 2 + 2 = 4 -> 3 / 4 × 100 =
    // 75.0, yellow (percent target 100 held for every window).
    Indicator previous =
        indicator("p").percentTarget("100").formula("realizadas / anterior * 100").build();
    IndicatorResult r =
        evaluate(
            previous, data("p,2024-Q1,2", "p,2024-Q2,2", "p,2025-Q1,0", "p,2025-Q2,3"), "2025-Q2");

    assertThat(r.period().result()).isNull();
    assertThat(r.toDate().result()).isEqualTo(dec("75.0"));
    assertThat(r.toDate().bindings()).containsEntry("anterior", dec("4"));
    assertThat(r.status()).isEqualTo(Status.YELLOW);
    assertThat(r.reason()).isEqualTo("división entre cero: periodo anterior 0");
  }

  @Test
  void looksForThePreviousPeriodInTheYearBefore() {
    // Q1 2025: anterior of the period window is 2024-Q4, absent; to date anterior = Jan–Mar 2024
    // = 2 -> 0 / 2 × 100 = 0.0, red.
    Indicator previous =
        indicator("p").percentTarget("100").formula("realizadas / anterior * 100").build();
    IndicatorResult r = evaluate(previous, data("p,2024-Q1,2", "p,2025-Q1,0"), "2025-Q1");

    assertThat(r.period().result()).isNull();
    assertThat(r.toDate().result()).isEqualTo(dec("0.0"));
    assertThat(r.status()).isEqualTo(Status.RED);
    assertThat(r.reason()).isEqualTo("sin datos del periodo anterior (octubre–diciembre 2024)");
  }

  @Test
  void usesLastYearsDataAsBaselineAndThePlansValueOnlyForTheYear() {
    // Plan baseline 7. Year 2025 without 2024 rows: baseline = 7 for both windows.
    // Q4 without 2024 rows: null. With a 2024 row for the whole year (10): 10.
    Indicator withBaseline = indicator("b").target("12").baseline("7").build();
    String[] rows = monthly("b", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1");

    IndicatorResult year = evaluate(withBaseline, data(rows), "2025");
    IndicatorResult q4 = evaluate(withBaseline, data(rows), "2025-Q4");
    String[] withLastYear = java.util.Arrays.copyOf(rows, rows.length + 1);
    withLastYear[rows.length] = "b,2024,10";
    IndicatorResult measured = evaluate(withBaseline, data(withLastYear), "2025");

    assertThat(year.period().baseline()).isEqualTo(dec("7"));
    assertThat(year.toDate().baseline()).isEqualTo(dec("7"));
    assertThat(q4.period().baseline()).isNull();
    assertThat(q4.toDate().baseline()).isNull();
    assertThat(measured.period().baseline()).isEqualTo(dec("10"));
    assertThat(measured.toDate().baseline()).isEqualTo(dec("10"));
  }

  @Test
  void invertsTheAttainmentOfADescendingIndicator() {
    // Target 10, quarterly; Q2: target_period 2.5, to date 5. Realized Q1 2, Q2 2 (to date 4).
    // Inverted: period 2.5 / 2 × 100 = 125.0; to date 5 / 4 × 100 = 125.0 -> green, over 110.
    Indicator fewer = indicator("d").target("10").descending().build();
    IndicatorResult r = evaluate(fewer, data("d,2025-Q1,2", "d,2025-Q2,2"), "2025-Q2");

    assertThat(r.formula().text()).isEqualTo("programadas / realizadas * 100");
    assertThat(r.period().result()).isEqualTo(dec("125.0"));
    assertThat(r.toDate().result()).isEqualTo(dec("125.0"));
    assertThat(r.status()).isEqualTo(Status.GREEN);
    assertThat(r.overTarget()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "100 * realizadas / programadas",
        "realizadas * 100 / programadas",
        "(100 * realizadas) / programadas",
        "realizadas / (programadas / 100)"
      })
  void descendingInversionIgnoresHowTheAttainmentFormulaIsWritten(String formula) {
    // Regression: only "realizadas / programadas * 100" was recognised, by comparing text.
    // Same figures as above: to date 5 / 4 × 100 = 125.0 once inverted (80.0 if not).
    Indicator fewer = indicator("d").target("10").descending().formula(formula).build();
    IndicatorResult r = evaluate(fewer, data("d,2025-Q1,2", "d,2025-Q2,2"), "2025-Q2");

    assertThat(r.formula().text()).isEqualTo("programadas / realizadas * 100");
    assertThat(r.toDate().result()).isEqualTo(dec("125.0"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "realizadas / programadas",
        "realizadas / programadas * 100 + 1",
        "programadas / realizadas * 100",
        "(realizadas - programadas) / programadas * 100"
      })
  void descendingInversionLeavesOtherFormulasAlone(String formula) {
    Indicator fewer = indicator("d").target("10").descending().formula(formula).build();
    assertThat(Evaluator.formulaOf(fewer).text()).isEqualTo(formula);
  }

  @Test
  void flagsADescendingIndicatorAboveItsTargetAsRed() {
    // Realized Q1 3, Q2 5 = 8 against 5: 5 / 8 × 100 = 62.5 -> red.
    Indicator fewer = indicator("d").target("10").descending().build();
    IndicatorResult r = evaluate(fewer, data("d,2025-Q1,3", "d,2025-Q2,5"), "2025-Q2");

    assertThat(r.toDate().result()).isEqualTo(dec("62.5"));
    assertThat(r.status()).isEqualTo(Status.RED);
  }

  @Test
  void explainsADescendingIndicatorWithNothingRealized() {
    Indicator fewer = indicator("d").target("10").descending().build();
    IndicatorResult r = evaluate(fewer, data("d,2025-Q1,0", "d,2025-Q2,0"), "2025-Q2");

    assertThat(r.toDate().result()).isNull();
    assertThat(r.status()).isEqualTo(Status.NO_DATA);
    assertThat(r.reason()).isEqualTo("división entre cero: realizado 0");
  }

  @Test
  void takesOtherFormulasOfADescendingIndicatorAsWritten() {
    // realizadas / meta * 100 = 4 / 10 × 100 = 40.0 -> red; not inverted.
    Indicator fewer =
        indicator("d").target("10").descending().formula("realizadas / meta * 100").build();
    IndicatorResult r = evaluate(fewer, data("d,2025-Q1,2", "d,2025-Q2,2"), "2025-Q2");

    assertThat(r.formula().text()).isEqualTo("realizadas / meta * 100");
    assertThat(r.toDate().result()).isEqualTo(dec("40.0"));
    assertThat(r.status()).isEqualTo(Status.RED);
  }

  @Test
  void aggregatesAStockByItsLastValue() {
    // padron is a stock (ultimo): Jan 10, Feb 12, Mar 15, Apr 14, May 16, Jun 20.
    // realizadas is a flow (suma): 4, 5, 3, 6, 6, 8.
    // Q1: 12 / 15 × 100 = 80.0. Q2: period (6 + 6 + 8) / 20 = 100.0; to date (12 + 20) / 20 =
    // 160.0 -> green, over 110.
    Indicator stock =
        indicator("s")
            .percentTarget("100")
            .formula("realizadas / padron * 100")
            .variable("padron", Aggregation.LAST)
            .build();
    String[] rows = {
      "s,2025-01,4",
      "s,2025-02,5",
      "s,2025-03,3",
      "s,2025-04,6",
      "s,2025-05,6",
      "s,2025-06,8",
      "s,2025-01,10,padron",
      "s,2025-02,12,padron",
      "s,2025-03,15,padron",
      "s,2025-04,14,padron",
      "s,2025-05,16,padron",
      "s,2025-06,20,padron"
    };

    IndicatorResult q1 = evaluate(stock, data(rows), "2025-Q1");
    IndicatorResult q2 = evaluate(stock, data(rows), "2025-Q2");

    assertThat(q1.toDate().result()).isEqualTo(dec("80.0"));
    assertThat(q1.toDate().bindings()).containsEntry("padron", dec("15"));
    assertThat(q1.status()).isEqualTo(Status.YELLOW);
    assertThat(q2.period().result()).isEqualTo(dec("100.0"));
    assertThat(q2.toDate().result()).isEqualTo(dec("160.0"));
    assertThat(q2.toDate().bindings()).containsEntry("padron", dec("20"));
    assertThat(q2.overTarget()).isTrue();
  }

  @Test
  void takesTheLastRowOfAStockWhateverItsPeriodLength() {
    // realizadas as a stock: rows 2025-Q1 = 7 and 2025-04 = 9, 2025-05 = 8; to date Jan–May ->
    // the row ending last is May: 8.
    Indicator stock = indicator("s").target("8").variable("realizadas", Aggregation.LAST).build();
    IndicatorResult r =
        evaluate(stock, data("s,2025-05,8", "s,2025-Q1,7", "s,2025-04,9"), "2025-05");

    assertThat(r.toDate().realized()).isEqualTo(dec("8"));
    assertThat(r.period().realized()).isEqualTo(dec("8"));
    assertThat(r.progress()).isEqualTo(dec("100.0"));
  }

  @Test
  void marksTheWindowPartialWhenAnotherVariableOfTheFormulaIsMissingAMonth() {
    Indicator stock =
        indicator("s")
            .percentTarget("100")
            .formula("realizadas / padron * 100")
            .variable("padron", Aggregation.LAST)
            .build();
    IndicatorResult r =
        evaluate(
            stock,
            data(
                "s,2025-Q1,12",
                "s,2025-Q2,20",
                "s,2025-Q1,15,padron",
                "s,2025-04,14,padron",
                "s,2025-05,16,padron"),
            "2025-Q2");

    assertThat(r.period().coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(r.toDate().coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(r.period().realized()).isEqualTo(dec("20"));
    assertThat(r.toDate().realized()).isEqualTo(dec("32"));
    assertThat(r.status()).isEqualTo(Status.PARTIAL);
    assertThat(r.reason()).isEqualTo("ventana parcial de «padron»: falta junio");
  }

  @Test
  void holdsAPercentTargetForEveryWindow() {
    // Unit %: target 100 for both windows, never scheduled, no progress.
    // Q2: period 1 / 2 × 100 = 50.0; to date (2 + 1) / (2 + 2) × 100 = 75.0 -> yellow.
    Indicator percent =
        indicator("t")
            .percentTarget("100")
            .formula("realizadas / solicitadas * 100")
            .variable("solicitadas", Aggregation.SUM)
            .build();
    IndicatorResult r =
        evaluate(
            percent,
            data(
                "t,2025-Q1,2", "t,2025-Q2,1", "t,2025-Q1,2,solicitadas", "t,2025-Q2,2,solicitadas"),
            "2025-Q2");

    assertThat(r.target()).isEqualTo(dec("100"));
    assertThat(r.period().target()).isEqualTo(dec("100"));
    assertThat(r.toDate().target()).isEqualTo(dec("100"));
    assertThat(r.period().result()).isEqualTo(dec("50.0"));
    assertThat(r.toDate().result()).isEqualTo(dec("75.0"));
    assertThat(r.progress()).isNull();
    assertThat(r.status()).isEqualTo(Status.YELLOW);
    assertThat(r.reason()).isNull();
  }

  @Test
  void findsNoDataWhenTheDenominatorVariableIsNeverRecorded() {
    Indicator percent =
        indicator("t")
            .percentTarget("100")
            .formula("realizadas / solicitadas * 100")
            .variable("solicitadas", Aggregation.SUM)
            .build();
    IndicatorResult r = evaluate(percent, data("t,2025-Q1,2", "t,2025-Q2,1"), "2025-Q2");

    assertThat(r.toDate().coverage()).isEqualTo(Coverage.NONE);
    assertThat(r.toDate().realized()).isEqualTo(dec("3"));
    assertThat(r.status()).isEqualTo(Status.NO_DATA);
    assertThat(r.reason()).isEqualTo("sin datos de «solicitadas» para enero–junio");
  }
}
