/**
 * PDF building blocks on OpenPDF — embedded fonts, deterministic output, page header and footer,
 * status badges, indicator tables, vector charts — and the report built from them.
 */
package mx.gob.cdmx.mpi.render.pdf;
