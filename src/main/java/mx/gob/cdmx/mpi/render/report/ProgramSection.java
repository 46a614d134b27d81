package mx.gob.cdmx.mpi.render.report;

import java.util.List;
import java.util.Objects;

/** One programme of the plan with its indicators, in plan order; {@code objective} may be null. */
public record ProgramSection(
    String id,
    String name,
    String objective,
    ProgramSummary summary,
    List<IndicatorView> indicators) {
  public ProgramSection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    indicators = List.copyOf(indicators);
  }
}
