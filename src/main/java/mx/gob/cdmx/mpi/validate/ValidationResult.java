package mx.gob.cdmx.mpi.validate;

import java.util.List;
import java.util.Objects;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.measure.DataSet;
import mx.gob.cdmx.mpi.measure.SourceFile;

/**
 * The outcome of validating measurement files: the valid rows ({@code data}, which never holds a
 * row with an error), the problems kept (ordered by file in input order, then line, then column)
 * and how many more problems were found but not kept ({@code suppressed}).
 */
public record ValidationResult(DataSet data, List<Problem> problems, int suppressed) {

  public ValidationResult {
    Objects.requireNonNull(data, "data");
    problems = List.copyOf(problems);
    if (suppressed < 0) {
      throw new IllegalArgumentException("suppressed must be >= 0");
    }
  }

  /** True when at least one problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** The number of errors kept. */
  public long errors() {
    return problems.stream().filter(Problem::isError).count();
  }

  /** The number of warnings kept. */
  public long warnings() {
    return problems.size() - errors();
  }

  /** The number of data rows read in every file (valid or not; blank lines excluded). */
  public int rows() {
    return data.files().stream().mapToInt(SourceFile::rows).sum();
  }

  /** The same result with every warning turned into an error ({@code --strict}). */
  public ValidationResult strict() {
    return new ValidationResult(data, problems.stream().map(Problem::asError).toList(), suppressed);
  }

  /**
   * The same result with every personal datum in the notes, sources and corrective actions replaced
   * by {@value PersonalData#OMITTED}, for the documents (docs/seguridad.md).
   */
  public Redacted redacted() {
    int[] count = {0};
    java.util.function.UnaryOperator<String> redact =
        t -> {
          PersonalData.Redacted r = PersonalData.redact(t);
          count[0] += r.count();
          return r.text();
        };
    List<mx.gob.cdmx.mpi.measure.Measurement> rows =
        data.measurements().stream()
            .map(
                m ->
                    new mx.gob.cdmx.mpi.measure.Measurement(
                        m.indicator(),
                        m.period(),
                        m.variable(),
                        m.value(),
                        redact.apply(m.note()),
                        redact.apply(m.source()),
                        redact.apply(m.action()),
                        m.commitment(),
                        m.file(),
                        m.line()))
            .toList();
    return new Redacted(
        new ValidationResult(new DataSet(rows, data.files()), problems, suppressed), count[0]);
  }

  /** A result whose texts were redacted, and how many data were omitted. */
  public record Redacted(ValidationResult result, int omitted) {}
}
