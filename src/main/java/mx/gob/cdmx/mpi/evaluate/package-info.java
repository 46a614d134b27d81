/**
 * Evaluation of every indicator for a report period (SPEC §5): windows, targets, results, status.
 */
package mx.gob.cdmx.mpi.evaluate;
