package mx.gob.cdmx.mpi.render.report;

import java.math.BigDecimal;

/**
 * Progress towards the annual target: {@code text} ("50.0 %", "—"), {@code expected} (the
 * schedule's cumulative % at the end of the period, null when the indicator is not {@code
 * charted}), {@code note} ("50.0 % (esperado según el calendario: 50.0 %)", or why there is no
 * figure), the same figures as numbers for charts, and {@code charted}: true when the indicator has
 * a scheduled numeric target not in %, i.e. a place on the progress chart.
 */
public record ProgressView(
    String text,
    String expected,
    String note,
    BigDecimal value,
    BigDecimal expectedValue,
    boolean charted) {}
