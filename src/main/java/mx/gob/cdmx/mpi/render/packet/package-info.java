/** The Junta de Gobierno packet: one archival PDF/A-1b per board session (SPEC §7). */
package mx.gob.cdmx.mpi.render.packet;
