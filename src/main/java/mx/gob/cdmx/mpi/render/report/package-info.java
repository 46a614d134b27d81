/** The report model: an evaluation as plain values and es-MX strings, shared by every renderer. */
package mx.gob.cdmx.mpi.render.report;
