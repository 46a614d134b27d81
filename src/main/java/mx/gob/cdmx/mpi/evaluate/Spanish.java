package mx.gob.cdmx.mpi.evaluate;

import java.util.List;
import mx.gob.cdmx.mpi.period.MonthRange;
import mx.gob.cdmx.mpi.period.Period;

/** Spanish wording of month lists and windows for the reasons of an evaluation. */
final class Spanish {

  private Spanish() {}

  /** "a", "a y b", "a, b y c". */
  static String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " y " + items.get(items.size() - 1);
  }

  /** "falta abril", "faltan mayo y junio", "faltan enero, febrero y marzo". */
  static String missing(List<Integer> months) {
    return (months.size() == 1 ? "falta " : "faltan ")
        + list(months.stream().map(Period::monthName).toList());
  }

  /** The months of a window without the year: "abril", "enero–junio". */
  static String range(MonthRange window) {
    return window.first() == window.last()
        ? Period.monthName(window.first())
        : Period.monthName(window.first()) + "–" + Period.monthName(window.last());
  }
}
