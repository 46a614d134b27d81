package mx.gob.cdmx.mpi.render.report;

import mx.gob.cdmx.mpi.plan.IndicatorText;

/**
 * The ficha of an indicator as the plan document writes it, verbatim, as the renderers show it (the
 * report, the Markdown and site templates under {@code plan.ficha}, the packet's fichas and its
 * annex «Criterios de interpretación»); null where the plan gives no text.
 */
public record FichaTextView(
    String description,
    String programmedGoal,
    String indicator,
    String dimension,
    String definition,
    String calculationMethod,
    String unitOfMeasure,
    String baseline,
    String responsible,
    String informationSource) {

  /** The view of the plan's ficha {@code text}. */
  public static FichaTextView of(IndicatorText text) {
    return new FichaTextView(
        text.description(),
        text.programmedGoal(),
        text.indicator(),
        text.dimension(),
        text.definition(),
        text.calculationMethod(),
        text.unitOfMeasure(),
        text.baseline(),
        text.responsible(),
        text.informationSource());
  }

  /** True when the document gives no ficha at all for this action. */
  public boolean isEmpty() {
    return description == null
        && programmedGoal == null
        && indicator == null
        && dimension == null
        && definition == null
        && calculationMethod == null
        && unitOfMeasure == null
        && baseline == null
        && responsible == null
        && informationSource == null;
  }
}
