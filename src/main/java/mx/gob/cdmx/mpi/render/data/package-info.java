/** The evaluation and the fill-in template as data: JSON, CSV and an aligned terminal table. */
package mx.gob.cdmx.mpi.render.data;
