package mx.gob.cdmx.mpi.plan;

/** The ficha of an indicator as the plan document writes it, verbatim; null where absent. */
public record IndicatorText(
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
