package mx.gob.cdmx.mpi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import mx.gob.cdmx.mpi.io.PlanReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The embedded 2025 plan against the seed document, by expectations written by hand from
 * seed/000_204b8c0d03e6f92d.txt (not by reading the YAML back).
 */
class Plan2025Test {

  private static Plan plan;

  @BeforeAll
  static void load() {
    PlanReader.Result result = PlanReader.readEmbedded();
    assertThat(result.problems()).isEmpty();
    plan = result.plan();
  }

  @Test
  void carriesTheToolsReadingsForTheBoardToConfirm() {
    // written by hand from the seed: where the structured field is a reading, not the words
    assertThat(plan.indicator("4.1").orElseThrow().interpretation())
        .contains("solicitadas por el INFO CDMX");
    assertThat(plan.indicator("1.2.1").orElseThrow().interpretation()).contains("variación");
    assertThat(plan.indicator("5.2").orElseThrow().interpretation()).contains("variación");
    assertThat(plan.indicator("6").orElseThrow().interpretation()).contains("No aplica");
    assertThat(plan.indicator("1.1.4").orElseThrow().interpretation()).contains("singular");
    // a target the plan states outright needs no reading
    assertThat(plan.indicator("3.2").orElseThrow().interpretation()).isNull();
    assertThat(plan.indicators().stream().filter(i -> i.interpretation() != null)).hasSize(19);
  }

  @Test
  void holdsEveryIndicatorOfTheSeedInDocumentOrder() {
    assertThat(plan.indicators())
        .extracting(Indicator::id)
        .containsExactly(
            "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.cc", "1.2.1", "1.2.2a", "1.2.2b", "1.2.3",
            "1.3", "1.4", "1.5.1", "1.5.bdh", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4",
            "3.5", "4.1", "5.1", "5.2", "5.3", "6");
  }

  @Test
  void hasTheSixProgrammes() {
    assertThat(plan.programs())
        .extracting(Program::id)
        .containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(plan.program("2").orElseThrow().name())
        .isEqualTo("COLABORACIÓN INTERINSTITUCIONAL.");
    assertThat(plan.program("4").orElseThrow().objective())
        .startsWith(
            "Mantener actualizado y capacitado al equipo del MPI CDMX sobre diversos temas vinculados"
                + " con la transparencia");
  }

  @Test
  void carriesPlanMetadataAndDefaultThresholds() {
    assertThat(plan.year()).isEqualTo(2025);
    assertThat(plan.shortName()).isEqualTo("MPI CDMX");
    assertThat(plan.thresholds().green()).isEqualByComparingTo("90");
    assertThat(plan.thresholds().yellow()).isEqualByComparingTo("70");
    assertThat(plan.thresholds().overTarget()).isEqualByComparingTo("110");
  }

  /** id, annual target ("" = none in the seed), unit, frequency, schedule. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1.1.1  | 4   | sesiones        | trimestral | 25 50 75 100",
        "1.1.2  | 6   | sesiones        | trimestral | 25 50 75 100",
        "1.1.3  | 1   | actividades     | trimestral | 25 50 75 100",
        "1.1.4  | 1   | publicaciones   | anual      | 100 100 100 100",
        "1.1.cc |     | actividades     | trimestral | 25 50 75 100",
        "1.2.1  | 100 | %               | trimestral | 25 50 75 100",
        "1.2.2a |     | incorporaciones | trimestral | 25 50 75 100",
        "1.2.2b |     | incorporaciones | trimestral | 25 50 75 100",
        "1.2.3  |     | colaboraciones  | trimestral | 25 50 75 100",
        "1.3    | 5   | talleres        | trimestral | 25 50 75 100",
        "1.4    |     | registros       | trimestral | 25 50 75 100",
        "1.5.1  |     | registros       | trimestral | 25 50 75 100",
        "2.1    | 1   | capacitaciones  | trimestral | 25 50 75 100",
        "2.2    |     | acciones        | trimestral | 25 50 75 100",
        "2.3    | 1   | colaboraciones  | trimestral | 25 50 75 100",
        "3.1    | 3   | capacitaciones  | trimestral | 25 50 75 100",
        "3.2    | 4   | capacitaciones  | trimestral | 25 50 75 100",
        "3.3    | 4   | capacitaciones  | trimestral | 25 50 75 100",
        "3.4    | 4   | capacitaciones  | trimestral | 25 50 75 100",
        "3.5    | 3   | capacitaciones  | trimestral | 25 50 75 100",
        "5.3    | 4   | sesiones        | trimestral | 25 50 75 100",
        "6      | 1   | aprobaciones    | anual      | 100 100 100 100",
      })
  void targetsAndSchedulesMatchTheSeed(
      String id, String target, String unit, String frequency, String schedule) {
    Indicator ind = plan.indicator(id).orElseThrow();
    if (target == null) {
      assertThat(ind.target()).as("target of %s", id).isNull();
    } else {
      assertThat(ind.target()).as("target of %s", id).isEqualByComparingTo(target);
    }
    assertThat(ind.unit()).isEqualTo(unit);
    assertThat(ind.frequency().yaml()).isEqualTo(frequency);
    List<BigDecimal> expected = Stream.of(schedule.split(" ")).map(BigDecimal::new).toList();
    assertThat(ind.schedule().quarterEnds())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyElementsOf(expected);
    assertThat(ind.direction()).isEqualTo(Direction.ASCENDING);
  }

  @Test
  void capacitacionTransparenciaHasNoCronogramaRowAndAPercentTarget() {
    Indicator ind = plan.indicator("4.1").orElseThrow();
    assertThat(ind.cronogramaRows()).isEmpty();
    assertThat(ind.frequency()).isNull();
    assertThat(ind.schedule()).isNull();
    assertThat(ind.target()).isEqualByComparingTo("100");
    assertThat(ind.isPercentTarget()).isTrue();
  }

  static Stream<Arguments> formulas() {
    return Stream.of(
        Arguments.of("1.1.1", "realizadas / programadas * 100", List.of("realizadas")),
        Arguments.of("1.2.1", "realizadas / anterior * 100", List.of("realizadas")),
        Arguments.of("1.2.3", "realizadas", List.of("realizadas")),
        Arguments.of("1.4", "realizadas / linea_base * 100", List.of("realizadas")),
        Arguments.of("1.5.1", "realizadas / linea_base * 100", List.of("realizadas")),
        Arguments.of("4.1", "realizadas / solicitadas * 100", List.of("realizadas", "solicitadas")),
        Arguments.of("5.1", "realizadas / solicitados * 100", List.of("realizadas", "solicitados")),
        Arguments.of("5.2", "realizadas / anterior * 100", List.of("realizadas")),
        Arguments.of("6", "realizadas / programadas * 100", List.of("realizadas")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("formulas")
  void formulasFollowTheCalculationMethod(String id, String formula, List<String> variables) {
    Indicator ind = plan.indicator(id).orElseThrow();
    assertThat(ind.formula().text()).isEqualTo(formula);
    assertThat(ind.variableNames()).containsExactlyElementsOf(variables);
    assertThat(ind.variable("realizadas").orElseThrow().aggregation()).isEqualTo(Aggregation.SUM);
    assertThat(ind.variable("realizadas").orElseThrow().type()).isEqualTo(VariableType.INTEGER);
  }

  @Test
  void keepsTextsVerbatimIncludingTheSeedsSlips() {
    IndicatorText t = plan.indicator("1.1.1").orElseThrow().text();
    assertThat(t.programmedGoal())
        .isEqualTo(
            "Realización de cuatro sesiones ordinarias de la Junta de Gobierno programadas para el 2025.");
    assertThat(t.calculationMethod())
        .isEqualTo(
            "(Número de sesiones con la Junta de Gobierno realizadas en el período que se informa y el"
                + " número de sesiones programadas con la Junta de Gobierno) *100.");
    assertThat(t.responsible())
        .isEqualTo(
            "Secretaría de Gobierno; Dirección General, Coordinación"
                + " de Desarrollo y Evaluación de Medidas.");
    IndicatorText t114 = plan.indicator("1.1.4").orElseThrow().text();
    assertThat(t114.calculationMethod())
        .isEqualTo(
            "(Número de publicaciones realizados en el"
                + " período que se informa y el número de publicaciones programadas) *100");
    IndicatorText t21 = plan.indicator("2.1").orElseThrow().text();
    assertThat(t21.baseline()).isEqualTo("Número de talleres del periodo inmediato anterior.");
    IndicatorText t6 = plan.indicator("6").orElseThrow().text();
    assertThat(t6.indicator()).isEqualTo("N/A");
    assertThat(t6.calculationMethod()).isEqualTo("No aplica.");
    assertThat(t6.informationSource())
        .isEqualTo(
            "Acta de la Junta de Gobierno mediante la que se aprueba el Plan Anual de Trabajo 2025.");
    IndicatorText t41 = plan.indicator("4.1").orElseThrow().text();
    assertThat(t41.programmedGoal())
        .isEqualTo("Obtener el certificado de 100% capacitados para el ejercicio 2025.");
    assertThat(t41.informationSource()).isEqualTo("Constancias de las capacitaciones realizadas.");
    assertThat(plan.indicator("1.2.2a").orElseThrow().text().description()).isNull();
  }

  @Test
  void cronogramaHasEveryRowOfSectionSevenAndEachIsUsed() {
    assertThat(plan.cronograma()).hasSize(26);
    CronogramaRow first = plan.cronograma().get(0);
    assertThat(first.action()).isEqualTo("Realización de las sesiones de Junta de Gobierno.");
    assertThat(first.frequency()).isEqualTo("De manera trimestral.");
    assertThat(first.dates()).isEqualTo("Marzo; junio; septiembre; diciembre");
    assertThat(first.progress()).isEqualTo("25% de manera trimestral");
    assertThat(first.direction()).isEqualTo("Ascendente");
    CronogramaRow lineamientos = plan.cronogramaRow(5).orElseThrow();
    assertThat(lineamientos.dates()).isEqualTo("Primer trimestre de 2024");
    assertThat(lineamientos.frequency()).isEqualTo("De manera anual.");
    for (CronogramaRow row : plan.cronograma()) {
      assertThat(plan.indicators())
          .as("row %d is referenced", row.row())
          .anyMatch(i -> i.cronogramaRows().contains(row.row()));
    }
    assertThat(plan.indicator("1.1.cc").orElseThrow().cronogramaRows()).containsExactly(3);
    assertThat(plan.cronogramaRow(3).orElseThrow().action())
        .isEqualTo("Actividades con el Consejo Consultivo.");
    assertThat(plan.cronogramaRow(11).orElseThrow().action())
        .isEqualTo("Participar en la base de Derechos Humanos.");
    assertThat(plan.indicator("1.5.bdh").orElseThrow().cronogramaRows()).containsExactly(11);
    assertThat(plan.indicator("1.2.2a").orElseThrow().cronogramaRows())
        .isEqualTo(plan.indicator("1.2.2b").orElseThrow().cronogramaRows());
  }

  @Test
  void extraCronogramaActionsHaveNoFichaAndNoTarget() {
    for (String id : List.of("1.1.cc", "1.5.bdh")) {
      Indicator ind = plan.indicator(id).orElseThrow();
      assertThat(ind.text().isEmpty()).isTrue();
      assertThat(ind.target()).isNull();
    }
  }
}
