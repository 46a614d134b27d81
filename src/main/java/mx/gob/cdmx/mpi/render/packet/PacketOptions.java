package mx.gob.cdmx.mpi.render.packet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the packet needs beyond the evaluation: the board session's name ({@code null} when not
 * given), the session date ({@code null} when not given: no date is ever taken from the clock) and
 * the version of {@code mpi} that writes it, for the provenance annex.
 */
public record PacketOptions(String session, LocalDate date, String toolVersion) {
  public PacketOptions {
    Objects.requireNonNull(toolVersion, "toolVersion");
    if (session != null && session.isBlank()) {
      session = null;
    }
    session = session == null ? null : session.strip();
  }
}
