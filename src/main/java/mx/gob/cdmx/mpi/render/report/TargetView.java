package mx.gob.cdmx.mpi.render.report;

/**
 * The annual target of one indicator: its unit ("sesiones", "%", "—"), the target alone ("4", "100
 * %", "—"), the target with its unit ("4 sesiones", "1 actividad", "100 %", "sin meta numérica")
 * and, when the schedule expects a fraction of something counted whole at this cut-off, what that
 * fraction means ({@code fractionNote}, null otherwise; docs/informes.md, «Metas fraccionarias»).
 */
public record TargetView(String unit, String annual, String annualGoal, String fractionNote) {}
