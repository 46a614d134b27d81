/**
 * Readers of the plan (YAML) and measurement (CSV) files: the only users of Jackson and Commons
 * CSV.
 */
package mx.gob.cdmx.mpi.io;
