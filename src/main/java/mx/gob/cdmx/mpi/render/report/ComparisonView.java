package mx.gob.cdmx.mpi.render.report;

import java.util.Objects;

/**
 * What each window's figure is compared with, for the last column of the ficha's table. For most
 * indicators that is last year's baseline: {@code header} «Línea base (2024)» and the baselines of
 * the two windows. For a growth formula (docs/informes.md, «Fórmulas de variación») it is the base
 * the formula actually divided by — the previous period's count for {@code anterior}, last year's
 * for {@code linea_base} —: {@code header} «Base de comparación», those bases, and {@code note} one
 * paragraph that labels each result «variación respecto de …» (null when not a growth formula).
 */
public record ComparisonView(
    boolean growth, String header, String period, String toDate, String note) {

  public ComparisonView {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(toDate, "toDate");
  }
}
