/**
 * The Junta de Gobierno packet: one archival PDF/A-1b per board session (docs/informes.md,
 * docs/carpeta-junta.md). The pages read only the {@code PacketModel} that {@code
 * PacketModelBuilder} builds once; that builder, and {@link
 * mx.gob.cdmx.mpi.render.packet.PacketRenderer}, the entry point that hands it the evaluation, are
 * the only classes of the package that use the plan, the measurements, the evaluation or the
 * validation (docs/arquitectura.md, checked by ArchitectureTest).
 */
package mx.gob.cdmx.mpi.render.packet;
