/** A small, safe expression language for indicator formulas: numbers, variables, + - * / and (). */
package mx.gob.cdmx.mpi.formula;
