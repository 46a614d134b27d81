/** Writing a rendered report to disk, all at once, never leaving a partial file. */
package mx.gob.cdmx.mpi.render.output;
