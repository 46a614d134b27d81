/** Markdown reports from Freemarker templates (restricted, auto-escaping) and their SVG charts. */
package mx.gob.cdmx.mpi.render.markdown;
