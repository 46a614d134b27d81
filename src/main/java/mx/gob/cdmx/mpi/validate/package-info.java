/** The measurement checks: every row of every data file against the plan. */
package mx.gob.cdmx.mpi.validate;
