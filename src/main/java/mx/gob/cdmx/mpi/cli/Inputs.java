package mx.gob.cdmx.mpi.cli;

import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.Evaluator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.render.problems.ProblemFormat;
import mx.gob.cdmx.mpi.validate.ValidationResult;
import mx.gob.cdmx.mpi.validate.Validator;

/** Loads and validates a command's measurement files before any work is done with them. */
final class Inputs {
  private Inputs() {}

  /**
   * Loads the plan and validates {@code data}; prints every problem to {@code root.err}; stops with
   * exit 1 when there are errors, else returns the result (warnings printed, work goes on).
   */
  /** The validated data and their evaluation for the command's period. */
  record Evaluated(ValidationResult validation, Evaluation evaluation) {}

  /**
   * Loads the plan, checks the period against it, validates {@code data} (stopping on errors as
   * {@link #loadValid} does) and evaluates every indicator for the period.
   */
  static Evaluated evaluate(MpiCommand root, PeriodOption period, DataOptions data) {
    Plan plan = root.loadPlan();
    var p = period.of(plan);
    ValidationResult.Redacted redacted = loadValid(root, data).redacted();
    if (redacted.omitted() > 0) {
      root.err.println(
          "Datos personales: "
              + redacted.omitted()
              + (redacted.omitted() == 1 ? " dato se sustituyó" : " datos se sustituyeron")
              + " por «[dato personal omitido]» en el documento (véase docs/seguridad.md).");
    }
    ValidationResult valid = redacted.result();
    return new Evaluated(valid, Evaluator.evaluate(plan, valid.data(), p));
  }

  static ValidationResult loadValid(MpiCommand root, DataOptions data) {
    var paths = data.paths();
    ValidationResult result = Validator.validate(root.loadPlan(), paths, root.displayNames());
    ProblemPrinter.print(root.err, result.problems(), root.sources());
    String more = ProblemFormat.more(result);
    if (!more.isEmpty()) {
      root.err.println(more);
    }
    if (result.hasErrors()) {
      root.err.println(
          ProblemFormat.summary(result)
              + " Corrija los errores y vuelva a intentar (detalle: mpi validate).");
      throw new InputErrorsException();
    }
    return result;
  }
}
