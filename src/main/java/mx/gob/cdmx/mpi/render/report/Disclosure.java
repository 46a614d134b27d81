package mx.gob.cdmx.mpi.render.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.formula.Formula;
import mx.gob.cdmx.mpi.plan.Variable;

/**
 * What the public edition withholds of one indicator's figures (rules in {@code
 * docs/transparencia.md}). Only indicators that the plan marks {@code cuenta_personas: true} lose
 * figures. A count of people or cases (the indicator's declared variables such as {@code
 * realizadas}, and its earlier counts {@code anterior} and {@code linea_base}) from 1 to {@code
 * threshold − 1} is shown as "menos de N"; 0 is shown. When the year to date is a longer window
 * than the period and either the period's count or the rest of the year (to date − period) is
 * small, the count to date is "reservado", since the pair would give the small one away. Every
 * figure computed from a withheld count (the formula's result, the progress, the comparison with
 * the baseline) is "reservado", since it would let the count be worked back.
 */
public final class Disclosure {

  /** The word shown in place of a withheld figure that is not a small count. */
  public static final String WITHHELD = "reservado";

  private final int threshold;
  private final boolean countsPeople;
  private final boolean sameWindows;
  private final IndicatorResult result;
  private final boolean earlierHidden;

  private Disclosure(
      IndicatorResult result, int threshold, boolean sameWindows, boolean earlierHidden) {
    this.threshold = threshold;
    this.result = result;
    this.sameWindows = sameWindows;
    this.earlierHidden = earlierHidden;
    this.countsPeople = result.indicator().transparency().countsPeople();
  }

  /**
   * The disclosure of {@code result} under {@code threshold} (the plan's {@code umbral}); {@code
   * sameWindows} is true when the period and the year to date are the same months (Q1, the year).
   */
  public static Disclosure of(IndicatorResult result, int threshold, boolean sameWindows) {
    return new Disclosure(result, threshold, sameWindows, false);
  }

  /**
   * As {@link #of}, but with {@code earlierHidden} true every year-to-date count is "reservado":
   * for a series of periods (the site's trend) in which an earlier year-to-date figure was
   * withheld, so that no later pair of published figures gives it back.
   */
  public static Disclosure inSeries(
      IndicatorResult result, int threshold, boolean sameWindows, boolean earlierHidden) {
    return new Disclosure(result, threshold, sameWindows, earlierHidden);
  }

  /** The evaluation this disclosure is about. */
  public IndicatorResult result() {
    return result;
  }

  /** "menos de N". */
  public String smallText() {
    return smallText(threshold);
  }

  /** "menos de N". */
  public static String smallText(int threshold) {
    return "menos de " + threshold;
  }

  /** True when the indicator counts people or cases (the plan's {@code cuenta_personas}). */
  public boolean countsPeople() {
    return countsPeople;
  }

  /** True when the period's result is withheld (some count behind it is small). */
  public boolean periodWithheld() {
    return result.period().bindings().keySet().stream().anyMatch(k -> hiddenPeriod(k) != null)
        || small(result.period().realized());
  }

  /** True when the year-to-date result and the progress are withheld. */
  public boolean toDateWithheld() {
    return result.toDate().bindings().keySet().stream().anyMatch(k -> hiddenToDate(k) != null)
        || realizedToDateHidden() != null;
  }

  /** True when anything at all is withheld. */
  public boolean anyWithheld() {
    return periodWithheld()
        || toDateWithheld()
        || small(result.period().baseline())
        || baselineToDateHidden() != null;
  }

  /** True when {@code value} is a count of people or cases too small to publish. */
  public boolean small(BigDecimal value) {
    return countsPeople
        && value != null
        && value.signum() > 0
        && value.compareTo(BigDecimal.valueOf(threshold)) < 0;
  }

  /** The period's {@code realizadas}: {@code shown}, or "menos de N". */
  public String realizedPeriod(String shown) {
    return small(result.period().realized()) ? smallText() : shown;
  }

  /** The year-to-date {@code realizadas}: {@code shown}, "menos de N" or "reservado". */
  public String realizedToDate(String shown) {
    String hidden = realizedToDateHidden();
    return hidden == null ? shown : hidden;
  }

  /** The baseline of the period: {@code shown}, or "menos de N". */
  public String baselinePeriod(String shown) {
    return small(result.period().baseline()) ? smallText() : shown;
  }

  /** The baseline to date: {@code shown}, "menos de N" or "reservado". */
  public String baselineToDate(String shown) {
    String hidden = baselineToDateHidden();
    return hidden == null ? shown : hidden;
  }

  /**
   * The period's binding {@code key} (a count such as {@code anterior}): {@code shown} or hidden.
   */
  public String periodBinding(String key, String shown) {
    String hidden = hiddenPeriod(key);
    return hidden == null ? shown : hidden;
  }

  /** The year-to-date binding {@code key}: {@code shown}, "menos de N" or "reservado". */
  public String toDateBinding(String key, String shown) {
    String hidden = hiddenToDate(key);
    return hidden == null ? shown : hidden;
  }

  /** True when the year-to-date comparison with the baseline must not be shown. */
  public boolean baselineComparisonWithheld() {
    return realizedToDateHidden() != null || baselineToDateHidden() != null;
  }

  /** The formula worked with the period's numbers, and {@code shownResult} unless withheld. */
  public String workedPeriod(String shownResult, Function<BigDecimal, String> number) {
    return worked(
        result.period().bindings(), this::hiddenPeriod, periodWithheld(), shownResult, number);
  }

  /** The formula worked with the year-to-date numbers, and {@code shownResult} unless withheld. */
  public String workedToDate(String shownResult, Function<BigDecimal, String> number) {
    return worked(
        result.toDate().bindings(), this::hiddenToDate, toDateWithheld(), shownResult, number);
  }

  private String realizedToDateHidden() {
    return toDateHidden(result.period().realized(), result.toDate().realized());
  }

  private String baselineToDateHidden() {
    return toDateHidden(result.period().baseline(), result.toDate().baseline());
  }

  /**
   * Why a year-to-date count is hidden, or null: small itself; or, beside a longer window, its
   * period part or the rest of the year (to date − period) is small, which the pair would give
   * away; or an earlier figure of the series was hidden.
   */
  private String toDateHidden(BigDecimal period, BigDecimal toDate) {
    if (small(toDate)) {
      return smallText();
    }
    if (!countsPeople || toDate == null || toDate.signum() == 0) {
      return null;
    }
    if (earlierHidden) {
      return WITHHELD;
    }
    if (sameWindows || period == null) {
      return null;
    }
    return small(period) || small(toDate.subtract(period)) ? WITHHELD : null;
  }

  /** True when the year-to-date {@code realizadas} is not shown as it is. */
  public boolean realizedToDateWithheld() {
    return realizedToDateHidden() != null;
  }

  /** "menos de N" when the period's count {@code key} is small, else null. */
  private String hiddenPeriod(String key) {
    return isCount(key) && small(result.period().bindings().get(key)) ? smallText() : null;
  }

  /** "menos de N" or "reservado" when the year-to-date count {@code key} is hidden, else null. */
  private String hiddenToDate(String key) {
    if (!isCount(key)) {
      return null;
    }
    return toDateHidden(result.period().bindings().get(key), result.toDate().bindings().get(key));
  }

  private String worked(
      Map<String, BigDecimal> bindings,
      Function<String, String> hidden,
      boolean withheld,
      String shownResult,
      Function<BigDecimal, String> number) {
    Formula formula = result.formula();
    String text = formula.text().strip();
    String right = withheld ? WITHHELD : shownResult;
    if (formula.variables().size() == 1 && formula.variables().contains(text)) {
      String h = hidden.apply(text);
      return text + " = " + (h == null ? right : h);
    }
    Map<String, BigDecimal> copy = new LinkedHashMap<>();
    Map<BigDecimal, String> texts = Collections.synchronizedMap(new IdentityHashMap<>());
    for (Map.Entry<String, BigDecimal> e : bindings.entrySet()) {
      BigDecimal v = e.getValue();
      String h = hidden.apply(e.getKey());
      if (h == null) {
        copy.put(e.getKey(), v);
      } else {
        // a fresh instance, recognised by identity when the printer asks for its text
        BigDecimal marker = new BigDecimal(v.unscaledValue(), v.scale());
        texts.put(marker, h);
        copy.put(e.getKey(), marker);
      }
    }
    return formula.worked(copy, v -> texts.containsKey(v) ? texts.get(v) : number.apply(v))
        + " = "
        + right;
  }

  /**
   * Bindings that count people or cases: the declared variables and the same indicator's earlier
   * counts ({@code anterior}, {@code linea_base}); not the plan's targets.
   */
  private boolean isCount(String name) {
    return result.indicator().variable(name).isPresent()
        || Variable.LINEA_BASE.equals(name)
        || Variable.ANTERIOR.equals(name);
  }
}
