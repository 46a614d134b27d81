package mx.gob.cdmx.mpi.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2025,    2025, YEAR,     1",
    "2025-S1, 2025, SEMESTER, 1",
    "2025-S2, 2025, SEMESTER, 2",
    "2025-Q1, 2025, QUARTER,  1",
    "2025-Q3, 2025, QUARTER,  3",
    "2025-Q4, 2025, QUARTER,  4",
    "2025-B1, 2025, BIMESTER, 1",
    "2025-B4, 2025, BIMESTER, 4",
    "2025-B6, 2025, BIMESTER, 6",
    "2025-01, 2025, MONTH,    1",
    "2025-07, 2025, MONTH,    7",
    "2025-12, 2025, MONTH,    12",
    "2024-Q4, 2024, QUARTER,  4",
  })
  void parsesEveryCodeOfTheSpec(String code, int year, PeriodKind kind, int index) {
    Period period = Period.parse(code);

    assertThat(period).isEqualTo(new Period(year, kind, index));
    assertThat(period.code()).isEqualTo(code);
    assertThat(period).hasToString(code);
  }

  @Test
  void everyPeriodOfAYearRoundTripsThroughItsCode() {
    for (PeriodKind kind : PeriodKind.values()) {
      for (int index = 1; index <= kind.perYear(); index++) {
        Period period = new Period(2025, kind, index);
        assertThat(Period.parse(period.code())).isEqualTo(period);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "' 2025-Q2 ', 2025-Q2",
    "2025-q2,     2025-Q2",
    "2025-s1,     2025-S1",
    "2025-b4,     2025-B4",
    "'\t2025-03\n', 2025-03",
  })
  void trimsBlanksAndAcceptsLowerCaseLetters(String written, String canonical) {
    assertThat(Period.parse(written).code()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-13", "2025-00", "2025-Q0", "2025-Q5", "2025-S0", "2025-S3", "2025-B0", "2025-B7",
        "2025-7", "2025-007", "25-Q1", "02025", "2025/Q1", "2025Q1", "Q1-2025", "2025-T1",
        "2025-Q10", "2025-", "2025 - Q1", "", "   ", "abcd", "2025-M01", "２０２５"
      })
  void rejectsCodesOutsideTheSpec(String code) {
    assertThatThrownBy(() -> Period.parse(code))
        .isInstanceOf(PeriodFormatException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("código de periodo no válido")
        .hasMessageContaining("se espera AAAA, AAAA-S1…S2, AAAA-Q1…Q4, AAAA-B1…B6 o AAAA-01…12");
  }

  @Test
  void rejectsQuarterFiveSayingWhatIsAccepted() {
    assertThatThrownBy(() -> Period.parse("2025-Q5"))
        .hasMessage(
            "código de periodo no válido: \"2025-Q5\"; "
                + "se espera AAAA, AAAA-S1…S2, AAAA-Q1…Q4, AAAA-B1…B6 o AAAA-01…12");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1899", "0000-Q1", "3000-01"})
  void rejectsYearsOutsideTheSupportedRange(String code) {
    assertThatThrownBy(() -> Period.parse(code))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessageContaining("el año debe estar entre 1900 y 2999");
  }

  @Test
  void exceptionKeepsTheCodeAsWritten() {
    assertThatThrownBy(() -> Period.parse(" 2025-13 "))
        .isInstanceOfSatisfying(
            PeriodFormatException.class, e -> assertThat(e.code()).isEqualTo("2025-13"));
  }

  @ParameterizedTest
  @CsvSource({
    "YEAR,     0",
    "YEAR,     2",
    "SEMESTER, 3",
    "QUARTER,  5",
    "BIMESTER, 7",
    "MONTH,    13",
    "MONTH,    0",
  })
  void constructorRejectsIndexOutOfRange(PeriodKind kind, int index) {
    assertThatThrownBy(() -> new Period(2025, kind, index))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructorRejectsYearOutOfRange() {
    assertThatThrownBy(() -> new Period(1899, PeriodKind.YEAR, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Period(3000, PeriodKind.YEAR, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "2025,    1,  12",
    "2025-S1, 1,  6",
    "2025-S2, 7,  12",
    "2025-Q1, 1,  3",
    "2025-Q2, 4,  6",
    "2025-Q3, 7,  9",
    "2025-Q4, 10, 12",
    "2025-B1, 1,  2",
    "2025-B2, 3,  4",
    "2025-B3, 5,  6",
    "2025-B4, 7,  8",
    "2025-B5, 9,  10",
    "2025-B6, 11, 12",
    "2025-01, 1,  1",
    "2025-04, 4,  4",
    "2025-12, 12, 12",
  })
  void monthsOfEveryPeriodAreThoseOfTheSpec(String code, int first, int last) {
    Period period = Period.parse(code);

    assertThat(period.firstMonth()).isEqualTo(first);
    assertThat(period.lastMonth()).isEqualTo(last);
    assertThat(period.months()).isEqualTo(new MonthRange(2025, first, last));
  }

  @Test
  void bimesterThreeIsMayToJune() {
    Period b3 = Period.parse("2025-B3");

    assertThat(b3.months()).isEqualTo(new MonthRange(2025, 5, 6));
    assertThat(b3.label()).isEqualTo("mayo–junio 2025");
  }

  @Test
  void quarterOneContainsMarchButNotBimesterTwo() {
    Period q1 = Period.parse("2025-Q1");

    assertThat(q1.contains(Period.parse("2025-03"))).isTrue();
    assertThat(q1.overlaps(Period.parse("2025-03"))).isTrue();
    assertThat(Period.parse("2025-03").overlaps(q1)).isTrue();
    assertThat(q1.contains(Period.parse("2025-B2"))).isFalse();
    assertThat(q1.contains(Period.parse("2025-B1"))).isTrue();
  }

  @Test
  void quarterOneDoesNotLieInsideBimesterTwo() {
    assertThat(Period.parse("2025-B2").contains(Period.parse("2025-Q1"))).isFalse();
  }

  @Test
  void bimesterTwoOverlapsQuarterOneAndTwoButLiesInsideNeither() {
    Period b2 = Period.parse("2025-B2");
    Period q1 = Period.parse("2025-Q1");
    Period q2 = Period.parse("2025-Q2");

    assertThat(b2.overlaps(q1)).isTrue();
    assertThat(b2.overlaps(q2)).isTrue();
    assertThat(q1.contains(b2)).isFalse();
    assertThat(q2.contains(b2)).isFalse();
    assertThat(b2.overlaps(Period.parse("2025-Q3"))).isFalse();
  }

  @Test
  void semesterOneContainsQuarterTwoAndBimesterThree() {
    Period s1 = Period.parse("2025-S1");

    assertThat(s1.contains(Period.parse("2025-Q2"))).isTrue();
    assertThat(s1.contains(Period.parse("2025-B3"))).isTrue();
    assertThat(s1.contains(Period.parse("2025-06"))).isTrue();
    assertThat(s1.contains(Period.parse("2025-07"))).isFalse();
    assertThat(s1.contains(Period.parse("2025"))).isFalse();
    assertThat(Period.parse("2025").contains(s1)).isTrue();
  }

  @Test
  void aPeriodContainsAndOverlapsItself() {
    Period q3 = Period.parse("2025-Q3");

    assertThat(q3.contains(q3)).isTrue();
    assertThat(q3.overlaps(q3)).isTrue();
  }

  @Test
  void periodsOfDifferentYearsNeitherContainNorOverlap() {
    Period year = Period.parse("2025");
    Period march2024 = Period.parse("2024-03");

    assertThat(year.contains(march2024)).isFalse();
    assertThat(year.overlaps(march2024)).isFalse();
  }

  @Test
  void adjacentPeriodsDoNotOverlap() {
    assertThat(Period.parse("2025-Q1").overlaps(Period.parse("2025-Q2"))).isFalse();
    assertThat(Period.parse("2025-B1").overlaps(Period.parse("2025-03"))).isFalse();
  }

  @Test
  void previousOfFirstQuarterIsLastQuarterOfPreviousYear() {
    assertThat(Period.parse("2025-Q1").previous()).isEqualTo(Period.parse("2024-Q4"));
  }

  @ParameterizedTest
  @CsvSource({
    "2025,    2024",
    "2025-S1, 2024-S2",
    "2025-S2, 2025-S1",
    "2025-Q3, 2025-Q2",
    "2025-B1, 2024-B6",
    "2025-B4, 2025-B3",
    "2025-01, 2024-12",
    "2025-07, 2025-06",
  })
  void previousIsThePeriodOfTheSameKindJustBefore(String code, String previous) {
    assertThat(Period.parse(code).previous()).isEqualTo(Period.parse(previous));
  }

  @Test
  void toDateOfBimesterFourIsJanuaryToAugust() {
    assertThat(Period.parse("2025-B4").toDate()).isEqualTo(new MonthRange(2025, 1, 8));
  }

  @ParameterizedTest
  @CsvSource({
    "2025,    12",
    "2025-S1, 6",
    "2025-Q1, 3",
    "2025-B2, 4",
    "2025-01, 1",
    "2025-11, 11",
  })
  void toDateRunsFromJanuaryToTheEndOfThePeriod(String code, int last) {
    assertThat(Period.parse(code).toDate()).isEqualTo(MonthRange.toDate(2025, last));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025    | 2025",
        "2025-S1 | primer semestre 2025 (enero–junio)",
        "2025-S2 | segundo semestre 2025 (julio–diciembre)",
        "2025-Q1 | primer trimestre 2025 (enero–marzo)",
        "2025-Q2 | segundo trimestre 2025 (abril–junio)",
        "2025-Q3 | tercer trimestre 2025 (julio–septiembre)",
        "2025-Q4 | cuarto trimestre 2025 (octubre–diciembre)",
        "2025-B2 | marzo–abril 2025",
        "2025-B6 | noviembre–diciembre 2025",
        "2025-04 | abril 2025",
        "2025-09 | septiembre 2025",
      })
  void labelsAreSpanishTitleFragments(String code, String label) {
    assertThat(Period.parse(code).label()).isEqualTo(label);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025    | Informe anual 2025",
        "2025-S1 | Informe semestral enero–junio 2025",
        "2025-Q2 | Informe trimestral abril–junio 2025",
        "2025-B2 | Informe bimestral marzo–abril 2025",
        "2025-04 | Informe mensual abril 2025",
      })
  void reportTitlesNameTheKindAndTheMonths(String code, String title) {
    assertThat(Period.parse(code).reportTitle()).isEqualTo(title);
  }

  @Test
  void monthNamesAreLowerCaseSpanish() {
    assertThat(Period.monthName(1)).isEqualTo("enero");
    assertThat(Period.monthName(9)).isEqualTo("septiembre");
    assertThat(Period.monthName(12)).isEqualTo("diciembre");
    assertThatThrownBy(() -> Period.monthName(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Period.monthName(13)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "2025,    2025-01-01, 2025-12-31",
    "2025-S2, 2025-07-01, 2025-12-31",
    "2025-Q1, 2025-01-01, 2025-03-31",
    "2025-B1, 2025-01-01, 2025-02-28",
    "2024-B1, 2024-01-01, 2024-02-29",
    "2025-04, 2025-04-01, 2025-04-30",
  })
  void startAndEndDatesAreTheFirstAndLastDays(String code, LocalDate start, LocalDate end) {
    Period period = Period.parse(code);

    assertThat(period.startDate()).isEqualTo(start);
    assertThat(period.endDate()).isEqualTo(end);
  }

  @Test
  void sortsByYearThenFirstMonthThenLongerFirst() {
    List<Period> sorted =
        List.of(
                "2024-Q4", "2025", "2025-S1", "2025-Q1", "2025-B1", "2025-01", "2025-02", "2025-B2",
                "2025-03", "2025-Q2", "2025-S2")
            .stream()
            .map(Period::parse)
            .toList();
    List<Period> shuffled = new ArrayList<>(sorted);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);

    assertThat(shuffled).containsExactlyElementsOf(sorted);
  }

  @Test
  void comparisonIsConsistentWithEquals() {
    assertThat(Period.parse("2025-Q2").compareTo(Period.parse("2025-q2"))).isZero();
    assertThat(Period.parse("2025-Q2").compareTo(Period.parse("2025-B3"))).isNotZero();
  }
}
