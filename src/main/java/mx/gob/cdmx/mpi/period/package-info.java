/** Reporting periods (year, semester, quarter, bimester, month), their codes, windows of months. */
package mx.gob.cdmx.mpi.period;
