package mx.gob.cdmx.mpi.plan;

/**
 * One inconsistency of the plan document itself, reported by {@code mpi plan lint}: the indicator
 * (or "cronograma" row) it concerns, the field, a stable code and a Spanish message.
 */
public record LintFinding(String subject, String label, String field, String code, String message) {

  /** A finding about {@code subject} without a label in words. */
  public LintFinding(String subject, String field, String code, String message) {
    this(subject, null, field, code, message);
  }

  /** "1.1.cc Actividades con el Consejo Consultivo": the subject with its label, if any. */
  public String named() {
    return label == null ? subject : subject + " " + label;
  }
}
