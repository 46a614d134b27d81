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
}
