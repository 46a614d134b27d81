/** Readers of the plan (YAML, through Jackson) and measurement (CSV, through Commons CSV) files. */
package mx.gob.cdmx.mpi.io;
