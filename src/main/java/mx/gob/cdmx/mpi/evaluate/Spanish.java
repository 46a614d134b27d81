package mx.gob.cdmx.mpi.evaluate;

import java.util.ArrayList;
import java.util.List;
import mx.gob.cdmx.mpi.period.MonthRange;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.text.Words;

/** Spanish wording of month lists and windows for the reasons of an evaluation. */
final class Spanish {

  private Spanish() {}

  /**
   * "falta abril", "faltan mayo y junio", "faltan enero, febrero y marzo"; a run of four or more
   * consecutive months is written as a range: "faltan febrero y julio–diciembre".
   */
  static String missing(List<Integer> months) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < months.size()) {
      int j = i;
      while (j + 1 < months.size() && months.get(j + 1) == months.get(j) + 1) {
        j++;
      }
      if (j - i >= 3) {
        parts.add(Period.monthName(months.get(i)) + "–" + Period.monthName(months.get(j)));
      } else {
        for (int k = i; k <= j; k++) {
          parts.add(Period.monthName(months.get(k)));
        }
      }
      i = j + 1;
    }
    return (months.size() == 1 ? "falta " : "faltan ") + Words.list(parts);
  }

  /** The months of a window without the year: "abril", "enero–junio". */
  static String range(MonthRange window) {
    return window.first() == window.last()
        ? Period.monthName(window.first())
        : Period.monthName(window.first()) + "–" + Period.monthName(window.last());
  }
}
