/**
 * Evaluation of every indicator for a report period (docs/metodologia.md): windows, targets,
 * results, status.
 */
package mx.gob.cdmx.mpi.evaluate;
