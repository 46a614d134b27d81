/** Problems written for people (text) and machines (JSON, GitHub Actions commands, SARIF). */
package mx.gob.cdmx.mpi.render.problems;
