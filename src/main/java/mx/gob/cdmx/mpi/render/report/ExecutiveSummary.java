package mx.gob.cdmx.mpi.render.report;

import java.util.List;

/**
 * The first page in words: {@code counts} (the first sentence of the headline alone: how many
 * indicators with a target are green, yellow and red, for a cover page), {@code headline} (of the
 * indicators with a target, how many are green, yellow and red, with shares over those), {@code
 * changesTitle} and {@code changes} (status up or down per indicator since the previous period of
 * the same kind), {@code alerts} (each red and yellow indicator with its reason, responsible area,
 * corrective action and date; at most 25, the first page's share), {@code allAlerts} (every red and
 * yellow indicator, for the pages that list them all, such as the packet's «Indicadores en amarillo
 * y rojo») and {@code agreements} (the agreements proposed to the board).
 */
public record ExecutiveSummary(
    String counts,
    String headline,
    String changesTitle,
    List<String> changes,
    List<AlertView> alerts,
    List<AlertView> allAlerts,
    List<String> agreements) {
  public ExecutiveSummary {
    changes = List.copyOf(changes);
    alerts = List.copyOf(alerts);
    allAlerts = List.copyOf(allAlerts);
    agreements = List.copyOf(agreements);
  }
}
