package mx.gob.cdmx.mpi.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mx.gob.cdmx.mpi.evaluate.Evaluator;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.measure.DataSet;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Plan;
import org.junit.jupiter.api.Test;

class ReportModelTest {

  private static final Plan PLAN = PlanReader.readEmbedded().plan();

  private final List<Measurement> rows = new ArrayList<>();

  private void row(String indicator, String period, String value) {
    row(indicator, period, "realizadas", value, null, null);
  }

  private void row(
      String indicator, String period, String variable, String value, String note, String source) {
    rows.add(
        new Measurement(
            indicator,
            Period.parse(period),
            variable,
            new BigDecimal(value),
            note,
            source,
            "datos.csv",
            rows.size() + 2));
  }

  private ReportModel model(String period, LocalDate issued) {
    DataSet data = new DataSet(rows, List.of());
    return ReportModel.of(Evaluator.evaluate(PLAN, data, Period.parse(period)), issued);
  }

  private static IndicatorView indicator(ReportModel model, String id) {
    return model.indicators().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void worksTheFormulaWithItsNumbers() {
    row("1.1.1", "2025-Q1", "1");
    row("1.1.1", "2025-Q2", "1");
    row("1.1.1", "2025-Q3", "1");
    row("1.1.1", "2025-Q4", "0");

    IndicatorView v = indicator(model("2025", null), "1.1.1");

    assertThat(v.toDate().worked()).isEqualTo("(3 / 4) × 100 = 75.0 %");
    assertThat(v.status().word()).isEqualTo("Amarillo");
    assertThat(v.statusText()).isEqualTo("Amarillo");
    assertThat(v.progress().note()).isEqualTo("75.0 % (esperado según el calendario: 100.0 %)");
    assertThat(v.target().annualGoal()).isEqualTo("4 sesiones");
  }

  @Test
  void worksFractionalTargetsInEsMx() {
    row("1.1.2", "2025-04", "0");
    row("1.1.2", "2025-05", "1");
    row("1.1.2", "2025-06", "0");

    IndicatorView v = indicator(model("2025-Q2", null), "1.1.2");

    assertThat(v.period().target()).isEqualTo("1.5 de 6 sesiones");
    assertThat(v.period().worked()).isEqualTo("(1 / 1.5) × 100 = 66.7 %");
    assertThat(v.toDate().realized()).isEqualTo("1 (parcial)");
    assertThat(v.toDate().worked()).isEqualTo("(— / 3) × 100 = —");
    assertThat(v.status().code()).isEqualTo("partial");
    assertThat(v.reason()).contains("faltan enero, febrero y marzo");
  }

  @Test
  void marksOverTargetBesideTheColour() {
    row("3.5", "2025-Q1", "2");

    IndicatorView v = indicator(model("2025-Q1", null), "3.5");

    assertThat(v.overTarget()).isTrue();
    assertThat(v.statusText()).isEqualTo("Verde · Sobrecumplimiento");
    assertThat(v.toDate().worked()).isEqualTo("(2 / 0.75) × 100 = 266.7 %");
  }

  @Test
  void explainsEveryMissingFigure() {
    ReportModel model = model("2025-Q2", null);

    IndicatorView noData = indicator(model, "5.3");
    assertThat(noData.status().word()).isEqualTo("Sin datos");
    assertThat(noData.reason()).isEqualTo("sin datos para enero–junio");
    assertThat(noData.progress().note()).startsWith("sin cifra (véase por qué falta alguna cifra)");

    IndicatorView noTarget = indicator(model, "1.2.2a");
    assertThat(noTarget.status().word()).isEqualTo("Sin meta");
    assertThat(noTarget.target().annualGoal()).isEqualTo("sin meta numérica");
    assertThat(noTarget.progress().note()).isEqualTo("no aplica: el plan no da meta numérica");

    IndicatorView percent = indicator(model, "1.2.1");
    assertThat(percent.target().annualGoal()).isEqualTo("100 %");
    assertThat(percent.charted()).isFalse();
    assertThat(percent.progress().note()).startsWith("no aplica: la meta es un porcentaje");
  }

  @Test
  void showsNotYetDueIndicators() {
    row("1.1.1", "2025-01", "0");
    row("1.1.1", "2025-02", "0");

    IndicatorView v = indicator(model("2025-B1", null), "1.1.1");

    assertThat(v.status().word()).isEqualTo("Aún no vence");
    assertThat(v.toDate().target()).isEqualTo("0");
    assertThat(v.progress().expected()).isEqualTo("0.0 %");
  }

  @Test
  void keepsThePeriodNotesInPeriodOrderWithTheirVariable() {
    row("4.1", "2025-Q2", "solicitadas", "3", "Tres cursos | pedidos", "Oficios");
    row("4.1", "2025-Q2", "realizadas", "3", "Cursos en línea", "Constancias");
    row("4.1", "2025-Q1", "realizadas", "2", "Fuera del periodo", "Constancias");

    IndicatorView v = indicator(model("2025-Q2", null), "4.1");

    assertThat(v.notes())
        .containsExactly(
            new NoteView("abril–junio 2025", null, "Cursos en línea", "Constancias"),
            new NoteView("abril–junio 2025", "solicitadas", "Tres cursos | pedidos", "Oficios"));
    assertThat(v.dataSources()).containsExactly("Constancias", "Oficios");
  }

  @Test
  void comparesWithLastYear() {
    row("1.2.1", "2024-Q1", "13");
    row("1.2.1", "2025-Q1", "14");

    IndicatorView v = indicator(model("2025-Q1", null), "1.2.1");

    assertThat(v.toDate().baseline()).isEqualTo("13");
    assertThat(v.baseline().comparison())
        .isEqualTo("Acumulado 14 frente a 13 de la línea base (enero–marzo 2024): +1 (+7.7 %).");
  }

  @Test
  void summarisesPerStatusAndProgramme() {
    row("2.3", "2025-Q1", "0");
    row("1.3", "2025-B1", "0");
    row("1.3", "2025-02", "0");
    ReportModel model = model("2025-Q1", null);

    assertThat(model.summary().stream().mapToInt(StatusCount::count).sum())
        .isEqualTo(model.indicatorCount())
        .isEqualTo(PLAN.indicators().size());
    assertThat(model.summary())
        .extracting(c -> c.status().word())
        .containsExactly(
            "Verde",
            "Amarillo",
            "Rojo",
            "Datos parciales",
            "Aún no vence",
            "Sin datos",
            "Sin meta");
    assertThat(model.programSummaries()).hasSize(6);
    for (ProgramSummary p : model.programSummaries()) {
      assertThat(p.counts().stream().mapToInt(StatusCount::count).sum()).isEqualTo(p.total());
    }
    assertThat(model.attention()).extracting(IndicatorView::id).startsWith("2.3");
  }

  @Test
  void statesADateOnlyWhenGiven() {
    assertThat(model("2025-Q2", null).issueDate()).isNull();
    assertThat(model("2025-Q2", LocalDate.of(2025, 7, 15)).issueDate())
        .isEqualTo("15 de julio de 2025");
  }

  @Test
  void namesThePeriodInWords() {
    row("1.1.1", "2025-Q4", "1"); // data reach December: no report below is preliminary
    ReportModel q2 = model("2025-Q2", null);
    assertThat(q2.title()).isEqualTo("Informe trimestral abril–junio 2025");
    assertThat(q2.periodRange()).isEqualTo("1 de abril al 30 de junio de 2025");
    assertThat(q2.toDateWindow()).isEqualTo("enero–junio 2025");
    assertThat(q2.sameWindows()).isFalse();
    assertThat(model("2025-B2", null).title()).isEqualTo("Informe bimestral marzo–abril 2025");
    ReportModel year = model("2025", null);
    assertThat(year.title()).isEqualTo("Informe anual 2025");
    assertThat(year.periodLabel()).isEqualTo("Año 2025");
    assertThat(year.sameWindows()).isTrue();
    assertThat(year.thresholds()).contains("Verde ≥ 90 %");
  }

  @Test
  void aPeriodRunningPastTheLastMonthWithDataIsPreliminary() {
    row("1.1.1", "2025-Q1", "1");
    row("1.1.2", "2025-06", "1"); // the last month with data: June

    ReportModel year = model("2025", null);
    assertThat(year.preliminary()).isTrue();
    assertThat(year.title()).isEqualTo("Informe anual 2025 (PRELIMINAR)");
    assertThat(year.dataThrough()).isEqualTo("30 de junio de 2025");
    assertThat(year.cutoffDate()).isEqualTo("31 de diciembre de 2025");

    ReportModel q2 = model("2025-Q2", null);
    assertThat(q2.preliminary()).isFalse();
    assertThat(q2.dataThrough()).isEqualTo("30 de junio de 2025");
    assertThat(q2.executive().headline()).doesNotContain("preliminar");
  }

  @Test
  void aNoteOfALongerRowThatTouchesThePeriodIsNotLost() {
    // regression: in the May–June report only 2 of 11 notes survived, because 2025-Q2 rows do not
    // lie inside May–June; the note stays, under its own period
    row("2.3", "2025-Q2", "realizadas", "0", "Sigue en negociación.", "Correspondencia");
    row("2.3", "2025-03", "realizadas", "0", "Nota de marzo.", null);

    IndicatorView v = indicator(model("2025-B3", null), "2.3");

    assertThat(v.notes()).extracting(NoteView::period).containsExactly("abril–junio 2025");
    assertThat(v.notes().get(0).text()).isEqualTo("Sigue en negociación.");
    assertThat(v.dataSources()).containsExactly("Correspondencia");
    // in March–April the same row runs past the period's end: its note speaks of later months
    assertThat(indicator(model("2025-B2", null), "2.3").notes())
        .extracting(NoteView::text)
        .containsExactly("Nota de marzo.");
  }

  @Test
  void aPreliminaryReportPointsToThePeriodWhoseFiguresAreComplete() {
    // data through June: the quarter ending in June judges January–June with complete data
    row("1.1.1", "2025-Q1", "1");
    row("1.1.2", "2025-06", "1");
    assertThat(model("2025", null).executive().headline())
        .contains("Es un informe preliminar: el periodo cierra el 31 de diciembre de 2025")
        .endsWith(
            "El acumulado con datos completos, de enero–junio 2025, está en el informe"
                + " trimestral de abril–junio 2025 (mpi report --period 2025-Q2).");
  }

  @Test
  void dataThroughAprilPointToTheBimesterEndingInApril() {
    // no quarter ends in April; the bimester March–April does
    row("1.1.2", "2025-04", "1");
    assertThat(model("2025-S1", null).executive().headline())
        .endsWith(
            "El acumulado con datos completos, de enero–abril 2025, está en el informe"
                + " bimestral de marzo–abril 2025 (mpi report --period 2025-B2).");
  }

  @Test
  void theSummaryCountsOverIndicatorsWithATargetAndNamesTheAction() {
    // 1.1.1: 1 of 2 sessions due by June (4 × 50 %) -> 50.0 % -> red; 1.1.2: 3 of 3 -> green
    row("1.1.1", "2025-Q1", "1");
    row("1.1.1", "2025-Q2", "0");
    row("1.1.2", "2025-Q1", "1");
    row("1.1.2", "2025-Q2", "2");
    ExecutiveSummary s = model("2025-Q2", null).executive();

    assertThat(s.alerts()).extracting(AlertView::id).containsExactly("1.1.1");
    assertThat(s.alerts().get(0).noAction()).isTrue();
    assertThat(s.agreements())
        .anySatisfy(a -> assertThat(a).startsWith("Instruir a las áreas responsables de 1.1.1"));
    // only the 2 indicators with rows are not «Sin datos»; shares are over those with a target
    assertThat(s.headline()).contains(" en verde (").contains("1 en rojo (");
  }

  @Test
  void aGrowthFormulaShowsTheBaseItDividedByAndIsLabelledAVariation() {
    // 1.2.1: realizadas / anterior * 100. 2024: Q1 13, Q2 15; 2025: Q1 14, Q2 15.
    row("1.2.1", "2024-Q1", "13");
    row("1.2.1", "2024-Q2", "15");
    row("1.2.1", "2025-Q1", "14");
    row("1.2.1", "2025-Q2", "15");

    IndicatorView v = indicator(model("2025-Q2", null), "1.2.1");

    // period: 15 / 14 (the previous quarter, not last year's 15) = 107.14… → 107.1, +7.1
    assertThat(v.period().worked())
        .isEqualTo(
            "(15 / 14) × 100 = 107.1 % (variación +7.1 % respecto del periodo anterior,"
                + " enero–marzo 2025)");
    // to date: 29 / 28 (January–June 2024) = 103.57… → 103.6, +3.6
    assertThat(v.toDate().result())
        .isEqualTo("103.6 % (variación +3.6 % respecto de enero–junio 2024)");
    assertThat(v.comparison().growth()).isTrue();
    assertThat(v.comparison().header()).isEqualTo("Base de comparación");
    assertThat(v.comparison().period()).isEqualTo("14");
    assertThat(v.comparison().toDate()).isEqualTo("28");
    assertThat(v.comparison().note())
        .startsWith("No es el cumplimiento de una meta")
        .contains("Periodo: 15 frente a 14, variación +7.1 % respecto del periodo anterior")
        .endsWith("Acumulado: 29 frente a 28, variación +3.6 % respecto de enero–junio 2024.");
    // last year's baseline stays where it belongs: the same months of 2024
    assertThat(v.period().baseline()).isEqualTo("15");
  }

  @Test
  void aGrowthAgainstLastYearNamesTheMonthsOfLastYearAndAFallIsNegative() {
    // 1.4: realizadas / linea_base * 100. 2024-Q2 40, 2025-Q2 30: 75.0, −25.0
    row("1.4", "2024-Q1", "10");
    row("1.4", "2024-Q2", "40");
    row("1.4", "2025-Q1", "10");
    row("1.4", "2025-Q2", "30");

    IndicatorView v = indicator(model("2025-Q2", null), "1.4");

    assertThat(v.period().result())
        .isEqualTo("75.0 % (variación -25.0 % respecto de abril–junio 2024)");
    assertThat(v.comparison().period()).isEqualTo("40");
    // to date 40 / 50 = 80.0
    assertThat(v.comparison().toDate()).isEqualTo("50");
    assertThat(v.toDate().result())
        .isEqualTo("80.0 % (variación -20.0 % respecto de enero–junio 2024)");
  }

  @Test
  void anAttainmentFormulaKeepsLastYearsBaselineInTheComparisonColumn() {
    row("1.1.1", "2024-Q2", "2");
    row("1.1.1", "2025-Q2", "1");

    IndicatorView v = indicator(model("2025-Q2", null), "1.1.1");

    assertThat(v.comparison().growth()).isFalse();
    assertThat(v.comparison().header()).isEqualTo("Línea base (2024)");
    assertThat(v.comparison().period()).isEqualTo("2");
    assertThat(v.comparison().note()).isNull();
    // meta 4, Q2 share 25 %: programmed 1; 1 / 1 × 100
    assertThat(v.period().result()).isEqualTo("100.0 %");
  }

  @Test
  void aFractionOfASingleActionSaysWhatTheTargetMeans() {
    // 2.3: meta 1 colaboración, calendar 25/50/75/100: at Q2 the period expects 0.25, to date 0.5
    row("2.3", "2025-Q1", "0");
    row("2.3", "2025-Q2", "0");

    IndicatorView v = indicator(model("2025-Q2", null), "2.3");

    assertThat(v.period().target()).isEqualTo("0.25 de 1 colaboración");
    assertThat(v.toDate().target()).isEqualTo("0.5 de 1 colaboración");
    assertThat(v.target().fractionNote())
        .startsWith("Acción única: la meta anual es 1 colaboración y se cuenta entera")
        .contains("25, 50, 75 y 100 % al cierre de cada trimestre")
        .contains("la meta al corte es 0.5, una fracción de esa acción");
  }

  @Test
  void singleActionNotYetDoneSaysItStaysRedUntilDone() {
    row("2.3", "2025-Q1", "0");
    row("2.3", "2025-Q2", "0");

    IndicatorView v = indicator(model("2025-Q2", null), "2.3");

    assertThat(v.target().fractionNote())
        .contains("mientras no se haga, el indicador queda en rojo")
        .doesNotContain("Ya se realizó");
  }

  @Test
  void singleActionAlreadyDoneDoesNotSayItStaysRed() {
    // regression: 1.1.3 and 2.1 at Q2 were done (1 of 1) and the note still said «queda en rojo»
    row("2.3", "2025-Q1", "0");
    row("2.3", "2025-Q2", "1");

    IndicatorView v = indicator(model("2025-Q2", null), "2.3");

    assertThat(v.target().fractionNote())
        .contains("Ya se realizó")
        .contains("la meta anual está cumplida")
        .doesNotContain("queda en rojo");
  }

  @Test
  void annualGoalOfOneIsSingular() {
    // regression: «Meta anual: 1 (actividades)» while plan lint said «1 actividad»
    row("2.3", "2025-Q2", "0");
    row("1.1.2", "2025-Q2", "1");

    ReportModel model = model("2025-Q2", null);

    assertThat(indicator(model, "2.3").target().annualGoal()).isEqualTo("1 colaboración");
    assertThat(indicator(model, "1.1.2").target().annualGoal()).isEqualTo("6 sesiones");
  }

  @Test
  void aFractionalPeriodTargetOfSeveralUnitsIsCalledAFractionOfThePeriod() {
    // 1.1.2: meta 6 sesiones; Q2 period 6 × 25 % = 1.5, to date 6 × 50 % = 3 (whole)
    row("1.1.2", "2025-Q1", "2");
    row("1.1.2", "2025-Q2", "1");

    IndicatorView v = indicator(model("2025-Q2", null), "1.1.2");

    assertThat(v.period().target()).isEqualTo("1.5 de 6 sesiones");
    assertThat(v.toDate().target()).isEqualTo("3");
    assertThat(v.target().fractionNote())
        .startsWith("Meta fraccionaria: la meta anual de 6 sesiones se cuenta en enteros")
        .contains("espera 1.5 en el periodo");
  }

  @Test
  void aWholeTargetHasNoFractionNote() {
    row("1.1.1", "2025-Q1", "1");
    row("1.1.1", "2025-Q2", "1");

    IndicatorView v = indicator(model("2025-Q2", null), "1.1.1");

    assertThat(v.toDate().target()).isEqualTo("2");
    assertThat(v.target().fractionNote()).isNull();
  }

  @Test
  void aRedThatOnlyReflectedAFractionIsSaidSoInTheChanges() {
    // 1.1.3: Q1 0 of 0.25 (red), Q2 1 of 0.5 (green, 200 %)
    row("1.1.3", "2025-Q1", "0");
    row("1.1.3", "2025-Q2", "1");
    // 1.1.1: Q1 0 of 1 (red), Q2 2 of 2 (green): a whole target, no caveat
    row("1.1.1", "2025-Q1", "0");
    row("1.1.1", "2025-Q2", "2");

    List<String> changes = model("2025-Q2", null).executive().changes();

    assertThat(changes)
        .contains(
            "1.1.3 Mesa de Trabajo Multisectorial: subió de «Rojo» a «Verde». En enero–marzo 2025"
                + " el calendario esperaba 0.25 de 1 actividad, una fracción de una acción que se"
                + " cuenta entera: el «Rojo» de entonces reflejaba esa fracción, no una acción"
                + " vencida.");
    assertThat(changes).anySatisfy(c -> assertThat(c).startsWith("1.1.1 ").endsWith("a «Verde»."));
  }

  @Test
  void thePeriodsOwnStatusIsShownBesideTheToDateOne() {
    // 1.1.2: meta 6; Q2 period 1 of 1.5 = 66.7 % (red alone), to date 3 of 3 = 100 % (green)
    row("1.1.2", "2025-Q1", "2");
    row("1.1.2", "2025-Q2", "1");
    // 1.1.4: a first-quarter action, nothing programmed in April–June
    row("1.1.4", "2025-Q1", "1");
    row("1.1.4", "2025-Q2", "0");

    ReportModel m = model("2025-Q2", null);

    assertThat(indicator(m, "1.1.2").periodStatus().word()).isEqualTo("Rojo");
    assertThat(indicator(m, "1.1.2").status().word()).isEqualTo("Verde");
    assertThat(indicator(m, "1.1.4").periodStatus().word()).isEqualTo("Sin meta en el periodo");
    assertThat(indicator(m, "1.1.4").status().word()).isEqualTo("Verde");
  }
}
