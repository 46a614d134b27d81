package mx.gob.cdmx.mpi.period;

/** The kinds of reporting period, each a fixed number of months that divides the year. */
public enum PeriodKind {
  YEAR(12, "anual"),
  SEMESTER(6, "semestral"),
  QUARTER(3, "trimestral"),
  BIMESTER(2, "bimestral"),
  MONTH(1, "mensual");

  private final int months;
  private final String adjective;

  PeriodKind(int months, String adjective) {
    this.months = months;
    this.adjective = adjective;
  }

  /** The number of months in one period of this kind. */
  public int months() {
    return months;
  }

  /** The number of periods of this kind in a year (the largest valid index). */
  public int perYear() {
    return 12 / months;
  }

  /** The Spanish adjective for this kind, as in "Informe trimestral": anual, semestral, … */
  public String adjective() {
    return adjective;
  }
}
