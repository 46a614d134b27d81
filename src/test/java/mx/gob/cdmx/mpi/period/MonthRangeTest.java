package mx.gob.cdmx.mpi.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthRangeTest {

  @ParameterizedTest
  @CsvSource({"0, 3", "1, 13", "5, 4", "0, 0", "13, 13"})
  void rejectsMonthsOutsideOneToTwelveOrReversed(int first, int last) {
    assertThatThrownBy(() -> new MonthRange(2025, first, last))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sizeCountsTheMonths() {
    assertThat(new MonthRange(2025, 4, 4).size()).isEqualTo(1);
    assertThat(new MonthRange(2025, 3, 4).size()).isEqualTo(2);
    assertThat(new MonthRange(2025, 1, 12).size()).isEqualTo(12);
  }

  @ParameterizedTest
  @CsvSource({
    "1, 3, 3, 3, true",
    "1, 3, 1, 3, true",
    "1, 3, 3, 4, false",
    "3, 4, 1, 3, false",
    "1, 12, 7, 8, true",
    "7, 8, 1, 12, false",
  })
  void containsWhenEveryMonthOfTheOtherIsInside(
      int first, int last, int otherFirst, int otherLast, boolean contains) {
    MonthRange range = new MonthRange(2025, first, last);

    assertThat(range.contains(new MonthRange(2025, otherFirst, otherLast))).isEqualTo(contains);
  }

  @ParameterizedTest
  @CsvSource({
    "1, 3, 3, 4, true",
    "3, 4, 1, 3, true",
    "3, 4, 4, 6, true",
    "1, 2, 3, 4, false",
    "5, 6, 3, 4, false",
    "1, 12, 12, 12, true",
  })
  void overlapsWhenAMonthIsShared(
      int first, int last, int otherFirst, int otherLast, boolean overlaps) {
    MonthRange range = new MonthRange(2025, first, last);

    assertThat(range.overlaps(new MonthRange(2025, otherFirst, otherLast))).isEqualTo(overlaps);
  }

  @Test
  void rangesOfDifferentYearsNeitherContainNorOverlap() {
    MonthRange year2025 = new MonthRange(2025, 1, 12);
    MonthRange march2024 = new MonthRange(2024, 3, 3);

    assertThat(year2025.contains(march2024)).isFalse();
    assertThat(year2025.overlaps(march2024)).isFalse();
  }

  @Test
  void inYearKeepsTheMonths() {
    assertThat(new MonthRange(2025, 3, 4).inYear(2024)).isEqualTo(new MonthRange(2024, 3, 4));
  }

  @Test
  void toDateStartsInJanuary() {
    assertThat(MonthRange.toDate(2025, 8)).isEqualTo(new MonthRange(2025, 1, 8));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "4  | 4  | abril 2025",
        "3  | 4  | marzo–abril 2025",
        "1  | 6  | enero–junio 2025",
        "1  | 12 | enero–diciembre 2025",
        "12 | 12 | diciembre 2025",
      })
  void labelNamesTheMonthsAndYearInSpanish(int first, int last, String label) {
    assertThat(new MonthRange(2025, first, last).label()).isEqualTo(label);
  }
}
