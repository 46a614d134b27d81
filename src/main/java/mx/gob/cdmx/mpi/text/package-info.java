/** Spanish words shared by every package (month names, "a, b y c"); depends on nothing. */
package mx.gob.cdmx.mpi.text;
