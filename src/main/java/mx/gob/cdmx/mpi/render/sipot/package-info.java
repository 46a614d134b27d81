/**
 * The transparency formats of the national platform (SIPOT): column sets read from a versioned
 * resource, one public-edition row per indicator, written as CSV or xlsx (docs/transparencia.md).
 */
package mx.gob.cdmx.mpi.render.sipot;
