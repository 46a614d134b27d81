package mx.gob.cdmx.mpi.render.report;

/**
 * The comparison with the previous year: the window it covers ("enero–junio 2024", "2024"), one
 * sentence comparing the figure to date with it (or saying why it cannot), and the plan's own
 * baseline text, literal (null when the plan gives none).
 */
public record BaselineView(String label, String comparison, String plan) {}
