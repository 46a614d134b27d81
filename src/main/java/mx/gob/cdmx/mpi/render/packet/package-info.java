/**
 * The Junta de Gobierno packet: one archival PDF/A-1b per board session (docs/informes.md,
 * docs/carpeta-junta.md).
 */
package mx.gob.cdmx.mpi.render.packet;
