/** The command line: picocli commands that parse options and delegate to the core. */
package mx.gob.cdmx.mpi.cli;
