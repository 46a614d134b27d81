package mx.gob.cdmx.mpi.cli;

import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.period.PeriodFormatException;
import mx.gob.cdmx.mpi.plan.Plan;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --period}, required by every command that works on one report period. */
final class PeriodOption {

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIODO",
      converter = PeriodConverter.class,
      description =
          "Periodo: 2025 (año), 2025-S1…S2 (semestre), 2025-Q1…Q4 (trimestre),"
              + " 2025-B1…B6 (bimestre) o 2025-01…12 (mes).")
  Period period;

  /** The period, which must be of the plan's year; else a usage error (exit 2). */
  Period of(Plan plan) {
    if (period.year() != plan.year()) {
      throw new UsageException(
          "el periodo " + period.code() + " no es del año del plan (" + plan.year() + ")");
    }
    return period;
  }

  /** Reads a period code; a bad code is a usage error with the Spanish message of the parser. */
  static final class PeriodConverter implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      try {
        return Period.parse(value);
      } catch (PeriodFormatException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
