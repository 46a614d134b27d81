package mx.gob.cdmx.mpi.measure;

/**
 * A measurement file as read: its name (as given on the command line), SHA-256 of its bytes, the
 * encoding it was decoded from and its delimiter.
 */
public record SourceFile(String name, String sha256, String encoding, char delimiter, int rows) {}
