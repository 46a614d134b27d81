package mx.gob.cdmx.mpi.plan;

/** One row of the plan's cronograma (section 7), every cell verbatim. */
public record CronogramaRow(
    int row,
    String program,
    String objective,
    String action,
    String frequency,
    String dates,
    String progress,
    String direction) {}
