package mx.gob.cdmx.mpi.plan;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The responsible areas of the plan, as its fichas write them ({@code responsables}): one sentence
 * per indicator that may name several offices. The sentence is kept whole, not split into offices
 * (a split on «y» would cut «JUD de Desarrollo y Seguimiento al Plan de Protección»), so an area
 * here is the plan's text with its blanks collapsed and its final period dropped. A search matches
 * a piece of that text, ignoring case and accents (docs/excel.md).
 */
public final class Areas {

  /** The area of an indicator whose ficha names no responsible. */
  public static final String NONE = "(el plan no indica responsables)";

  private Areas() {}

  /** The area of {@code indicator}: its ficha's responsables, tidied, or {@link #NONE}. */
  public static String of(Indicator indicator) {
    String text = indicator.text().responsible();
    if (text == null || text.isBlank()) {
      return NONE;
    }
    String tidy = text.strip().replaceAll("\\s+", " ");
    while (tidy.endsWith(".")) {
      tidy = tidy.substring(0, tidy.length() - 1).strip();
    }
    return tidy.isEmpty() ? NONE : tidy;
  }

  /** Every area with its number of indicators, in the order the plan first names each. */
  public static Map<String, Integer> count(Plan plan) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Indicator i : plan.indicators()) {
      counts.merge(of(i), 1, Integer::sum);
    }
    return counts;
  }

  /** The indicators whose area contains {@code query}, ignoring case, accents and extra blanks. */
  public static List<Indicator> matching(Plan plan, String query) {
    String q = fold(query);
    return plan.indicators().stream().filter(i -> fold(of(i)).contains(q)).toList();
  }

  /** Lower case, no accents, single blanks: the form searches compare. */
  static String fold(String s) {
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
