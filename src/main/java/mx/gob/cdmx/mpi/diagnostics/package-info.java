/**
 * Problems found in inputs (file, line, column, code, Spanish message), their severities, the
 * catalogue of checks and the "¿quiso decir …?" suggestion: shared by the readers ({@code io}) and
 * the checks ({@code validate}), so neither imports the other.
 */
package mx.gob.cdmx.mpi.diagnostics;
