package mx.gob.cdmx.mpi.render.report;

import java.util.Objects;

/** How many indicators have one status, and their share of the total ("12.5 %"). */
public record StatusCount(StatusView status, int count, String share) {
  public StatusCount {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(share, "share");
    if (count < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }
}
