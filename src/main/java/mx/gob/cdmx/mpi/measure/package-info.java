/** Measurements as read from the CSV files, and the data set they form together. */
package mx.gob.cdmx.mpi.measure;
