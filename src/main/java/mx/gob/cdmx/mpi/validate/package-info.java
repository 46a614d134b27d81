/** Problems found in inputs, the measurement checks, and their output formats. */
package mx.gob.cdmx.mpi.validate;
