package mx.gob.cdmx.mpi.render.report;

import java.math.BigDecimal;
import java.util.Optional;
import mx.gob.cdmx.mpi.evaluate.Growth;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.render.EsMx;

/**
 * The words of a growth formula (docs/informes.md, «Fórmulas de variación»): which base each
 * window's result was divided by, and the result labelled «variación respecto de …». For {@code
 * anterior} the period is compared with the previous period of the same kind and the year to date
 * with the same months of last year (docs/metodologia.md §5); for {@code linea_base} both windows
 * with the same months of last year.
 */
public final class GrowthWording {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final IndicatorResult result;
  private final Period period;
  private final Optional<Growth> growth;

  GrowthWording(IndicatorResult result, Period period) {
    this.result = result;
    this.period = period;
    this.growth = Growth.of(result.formula());
  }

  boolean isGrowth() {
    return growth.isPresent();
  }

  /** "respecto del periodo anterior, enero–marzo 2025" or "respecto de abril–junio 2024". */
  String periodAgainst() {
    if (growth.orElseThrow() == Growth.PREVIOUS_PERIOD) {
      return "respecto del periodo anterior, " + period.previous().months().label();
    }
    return "respecto de " + period.months().inYear(period.year() - 1).label();
  }

  /** "respecto de enero–junio 2024": the year to date is always compared with last year. */
  String toDateAgainst() {
    return "respecto de " + period.toDate().inYear(period.year() - 1).label();
  }

  /**
   * The words of a growth formula's result in one window, «variación +7.1 % respecto del periodo
   * anterior, enero–marzo 2025», for outputs that keep the figure and its words in separate fields
   * (the site's CSV, docs/transparencia.md); null when the formula is not a growth one or the
   * window has no result.
   */
  public static String label(IndicatorResult result, Period period, boolean toDate) {
    GrowthWording g = new GrowthWording(result, period);
    BigDecimal value = (toDate ? result.toDate() : result.period()).result();
    if (!g.isGrowth() || value == null) {
      return null;
    }
    return "variación " + change(value) + " " + (toDate ? g.toDateAgainst() : g.periodAgainst());
  }

  /** " (variación +7.1 % respecto de …)" after a result; empty when there is no result. */
  static String suffix(BigDecimal value, String against) {
    if (value == null) {
      return "";
    }
    return " (variación " + change(value) + " " + against + ")";
  }

  /** The result minus 100, signed: 107.1 → "+7.1 %"; 100 → "0.0 %". */
  static String change(BigDecimal value) {
    BigDecimal d = value.subtract(HUNDRED);
    return (d.signum() > 0 ? "+" : "") + EsMx.percent(d);
  }

  /** The comparison column of the ficha, with the base each window's formula divided by. */
  ComparisonView view(boolean sameWindows) {
    if (growth.isEmpty()) {
      return new ComparisonView(
          false,
          "Línea base (" + (period.year() - 1) + ")",
          EsMx.number(result.period().baseline()),
          EsMx.number(result.toDate().baseline()),
          null);
    }
    String name = growth.get().variable();
    BigDecimal basePeriod = result.period().bindings().get(name);
    BigDecimal baseToDate = result.toDate().bindings().get(name);
    String toDate =
        part(
            sameWindows ? "Periodo y acumulado" : "Acumulado",
            result.toDate().realized(),
            baseToDate,
            result.toDate().result(),
            toDateAgainst());
    String note =
        "No es el cumplimiento de una meta: la fórmula divide lo realizado entre"
            + " una cifra anterior, y 100 % significa lo mismo que esa base. "
            + (sameWindows
                ? toDate
                : part(
                        "Periodo",
                        result.period().realized(),
                        basePeriod,
                        result.period().result(),
                        periodAgainst())
                    + " "
                    + toDate);
    return new ComparisonView(
        true, "Base de comparación", EsMx.number(basePeriod), EsMx.number(baseToDate), note);
  }

  /** "Periodo: 15 frente a 14, variación +7.1 % respecto de …" or why there is no figure. */
  private static String part(
      String window, BigDecimal realized, BigDecimal base, BigDecimal value, String against) {
    if (value == null) {
      return window
          + ": sin variación calculable "
          + against
          + " (véase por qué falta alguna cifra).";
    }
    return window
        + ": "
        + EsMx.number(realized)
        + " frente a "
        + EsMx.number(base)
        + ", variación "
        + change(value)
        + " "
        + against
        + ".";
  }
}
