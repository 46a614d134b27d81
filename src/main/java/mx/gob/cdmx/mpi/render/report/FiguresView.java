package mx.gob.cdmx.mpi.render.report;

import java.util.Objects;

/**
 * The figures of one indicator over one window (the period, or the year to date), in es-MX: the
 * target ("1.5", "100 %", "—"), what was done ("1", "2 (parcial)", "—"), the formula's result
 * ("66.7 %"), the formula worked with its numbers ("(1 / 1.5) × 100 = 66.7 %") and the baseline
 * over the same months of the previous year ("28", "—").
 */
public record FiguresView(
    String target, String realized, String result, String worked, String baseline) {
  public FiguresView {
    Objects.requireNonNull(worked, "worked");
  }
}
