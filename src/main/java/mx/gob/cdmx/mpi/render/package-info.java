/** What users read: es-MX formatting, the plan table, reports (Markdown, PDF) and the packet. */
package mx.gob.cdmx.mpi.render;
