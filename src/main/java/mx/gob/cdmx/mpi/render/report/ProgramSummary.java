package mx.gob.cdmx.mpi.render.report;

import java.util.List;
import java.util.Objects;

/** One programme's row of the summary: its count per status (display order) and its total. */
public record ProgramSummary(String id, String name, List<StatusCount> counts, int total) {
  public ProgramSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    counts = List.copyOf(counts);
  }
}
