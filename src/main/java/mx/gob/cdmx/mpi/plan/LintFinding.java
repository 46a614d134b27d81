package mx.gob.cdmx.mpi.plan;

/**
 * One inconsistency of the plan document itself, reported by {@code mpi plan lint}: the indicator
 * (or "cronograma" row) it concerns, the field, a stable code and a Spanish message.
 */
public record LintFinding(String subject, String field, String code, String message) {}
