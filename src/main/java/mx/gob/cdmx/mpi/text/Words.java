package mx.gob.cdmx.mpi.text;

import java.util.List;

/**
 * Spanish words every package writes the same way: the names of the months and lists joined as "a,
 * b y c". One home, so a report, a validation message and a formula's reason never differ.
 */
public final class Words {

  private static final List<String> MONTHS =
      List.of(
          "enero",
          "febrero",
          "marzo",
          "abril",
          "mayo",
          "junio",
          "julio",
          "agosto",
          "septiembre",
          "octubre",
          "noviembre",
          "diciembre");

  private Words() {}

  /** The lower-case Spanish name of month {@code month} (1 = enero … 12 = diciembre). */
  public static String month(int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month out of range 1..12: " + month);
    }
    return MONTHS.get(month - 1);
  }

  /** "", "a", "a y b", "a, b y c". */
  public static String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " y "
        + items.get(items.size() - 1);
  }
}
