package mx.gob.cdmx.mpi.plan;

import java.util.List;

/** One of the plan's programmes (1–6), with its objective text and the groups under it. */
public record Program(String id, String name, String objective, List<Group> groups) {
  public Program {
    groups = List.copyOf(groups);
  }
}
