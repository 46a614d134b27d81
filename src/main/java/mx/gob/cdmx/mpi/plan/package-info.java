/**
 * The annual work plan: programmes, indicators, their targets, schedules and formulas; plan lint.
 */
package mx.gob.cdmx.mpi.plan;
