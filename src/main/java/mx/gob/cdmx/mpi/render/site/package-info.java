/**
 * The static public site ({@code mpi sitio}): HTML pages from Freemarker templates, inline SVG
 * charts with their data tables, public downloads; public edition only (docs/transparencia.md).
 */
package mx.gob.cdmx.mpi.render.site;
