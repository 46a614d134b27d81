package mx.gob.cdmx.mpi.render.report;

/**
 * The annual target of one indicator: its unit ("sesiones", "%", "—"), the target alone ("4", "100
 * %", "—") and the target with its unit ("4 sesiones", "1 (actividades)", "100 %", "sin meta
 * numérica").
 */
public record TargetView(String unit, String annual, String annualGoal) {}
