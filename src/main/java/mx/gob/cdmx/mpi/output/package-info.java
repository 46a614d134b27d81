/**
 * Every file the tool writes goes through {@link mx.gob.cdmx.mpi.output.Outputs}: it refuses an
 * output that would destroy an input, a device or a folder, writes through symlinks, keeps
 * permissions and never leaves a half-written file or a temporary one (docs/seguridad.md).
 */
package mx.gob.cdmx.mpi.output;
