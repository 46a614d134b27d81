package mx.gob.cdmx.mpi.render.report;

import java.util.Objects;

/**
 * One indicator in yellow or red as the executive summary tells it: what it is, its status and
 * figures in one phrase, the reason (the most recent staff note of the year to date, or null), the
 * responsible areas, the corrective action and its commitment date (both null when the data carry
 * none: the documents then flag «Sin acción correctiva»).
 */
public record AlertView(
    String id,
    String name,
    StatusView status,
    String figures,
    String reason,
    String responsible,
    String action,
    String commitment) {
  public AlertView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
  }

  /** True when no row of the year to date carries a corrective action. */
  public boolean noAction() {
    return action == null;
  }
}
