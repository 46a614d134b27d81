package mx.gob.cdmx.mpi.render.report;

import java.util.Objects;
import mx.gob.cdmx.mpi.plan.Thresholds;
import mx.gob.cdmx.mpi.render.EsMx;

/**
 * The plan's semáforo thresholds as the documents print them, each a percentage written in es-MX
 * without the sign ("90", "70", "110"): green from {@code green}, yellow from {@code yellow} to
 * less than {@code green}, red below {@code yellow}, over the target above {@code overTarget}
 * (docs/metodologia.md).
 */
public record ThresholdsView(String green, String yellow, String overTarget) {

  public ThresholdsView {
    Objects.requireNonNull(green, "green");
    Objects.requireNonNull(yellow, "yellow");
    Objects.requireNonNull(overTarget, "overTarget");
  }

  /** The view of the plan's {@code thresholds}. */
  public static ThresholdsView of(Thresholds thresholds) {
    return new ThresholdsView(
        EsMx.number(thresholds.green()),
        EsMx.number(thresholds.yellow()),
        EsMx.number(thresholds.overTarget()));
  }
}
