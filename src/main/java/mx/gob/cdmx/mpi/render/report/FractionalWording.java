package mx.gob.cdmx.mpi.render.report;

import java.math.BigDecimal;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Units;
import mx.gob.cdmx.mpi.plan.Variable;
import mx.gob.cdmx.mpi.plan.VariableType;
import mx.gob.cdmx.mpi.render.EsMx;

/**
 * The words of a fractional schedule (docs/informes.md, «Metas fraccionarias»): a target counted in
 * whole units (its {@code realizadas} is an integer) that the plan's schedule spreads so that a
 * cut-off expects a fraction — 0.25 of the one activity of 1.1.3 at the end of March. The
 * evaluation is the plan's; the documents say what such a target means, beside the figure.
 */
final class FractionalWording {

  private final Indicator indicator;
  private final boolean counted;

  FractionalWording(Indicator indicator) {
    this.indicator = indicator;
    this.counted =
        indicator.hasTarget()
            && !indicator.isPercentTarget()
            && indicator.schedule() != null
            && indicator
                .variable(Variable.PRIMARY)
                .map(v -> v.type() == VariableType.INTEGER)
                .orElse(false);
  }

  /** True when {@code windowTarget} is a fraction of a target counted in whole units. */
  boolean fractional(BigDecimal windowTarget) {
    return counted && windowTarget != null && windowTarget.stripTrailingZeros().scale() > 0;
  }

  /** True when the whole annual target is one action (meta 1). */
  private boolean single() {
    return indicator.target().compareTo(BigDecimal.ONE) == 0;
  }

  /** "0.5 de 1 actividad" for a fractional window target; {@code plain} otherwise. */
  String target(BigDecimal windowTarget, String plain) {
    if (!fractional(windowTarget)) {
      return plain;
    }
    return EsMx.number(windowTarget) + " de " + Units.count(indicator.target(), indicator.unit());
  }

  /**
   * One sentence on what a fractional target of this indicator means, or null when neither window
   * of the period expects a fraction. For a single action the sentence follows what the data say:
   * done ({@code realizedToDate} at least the annual target) or not yet.
   */
  String note(BigDecimal targetPeriod, BigDecimal targetToDate, BigDecimal realizedToDate) {
    BigDecimal shown = fractional(targetToDate) ? targetToDate : targetPeriod;
    if (!fractional(shown)) {
      return null;
    }
    String whole = Units.count(indicator.target(), indicator.unit());
    String schedule =
        EsMx.join(indicator.schedule().quarterEnds().stream().map(EsMx::number).toList())
            + " % al cierre de cada trimestre";
    String where = fractional(targetToDate) ? "al corte" : "en el periodo";
    if (single()) {
      return "Acción única: la meta anual es "
          + whole
          + " y se cuenta entera, pero el calendario del plan ("
          + schedule
          + ") la reparte, así que la meta "
          + where
          + " es "
          + EsMx.number(shown)
          + ", una fracción de esa acción. "
          + singleOutcome(realizedToDate);
    }
    return "Meta fraccionaria: la meta anual de "
        + whole
        + " se cuenta en enteros, pero el calendario del plan ("
        + schedule
        + ") espera "
        + EsMx.number(shown)
        + " "
        + where
        + "; el resultado compara lo realizado con esa fracción.";
  }

  /** What the fraction does to the status of a single action, done or still to do. */
  private String singleOutcome(BigDecimal realizedToDate) {
    if (realizedToDate != null && realizedToDate.compareTo(indicator.target()) >= 0) {
      return "Ya se realizó: por eso el resultado rebasa la meta al corte (sobrecumplimiento) y la"
          + " meta anual está cumplida.";
    }
    return "El plan no dice en qué trimestre se hará: mientras no se haga, el indicador queda en"
        + " rojo aunque esté programada para más adelante; hecha antes del cierre del año, rebasa"
        + " la meta al corte (sobrecumplimiento).";
  }
}
