package mx.gob.cdmx.mpi.cli;

import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.render.problems.CiContext;
import mx.gob.cdmx.mpi.render.problems.GitlabFormat;
import mx.gob.cdmx.mpi.render.problems.MarkdownProblems;
import mx.gob.cdmx.mpi.render.problems.ProblemFormat;
import mx.gob.cdmx.mpi.validate.ValidationResult;
import mx.gob.cdmx.mpi.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code mpi validate}: checks measurement files against the plan and reports every problem. */
@Command(
    name = "validate",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    parameterListHeading = "%nArgumentos:%n",
    description =
        "Revisa los archivos de mediciones (CSV o .xlsx) contra el plan y muestra cada"
            + " problema con su archivo y línea y columna (o hoja y celda).",
    footer = {
      "%nEjemplos:",
      "  Todos los CSV y .xlsx de una carpeta y sus subcarpetas:",
      "    mpi validate examples/",
      "  El libro de Excel de una oficina:",
      "    mpi validate oficina.xlsx",
      "  Un archivo, con las advertencias como errores:",
      "    mpi validate --strict datos/enero.csv",
      "  Anotaciones para GitHub Actions (rutas relativas a GITHUB_WORKSPACE):",
      "    mpi validate --format github datos/",
      "  Informe Code Quality para GitLab (rutas relativas a CI_PROJECT_DIR):",
      "    mpi validate --format gitlab datos/ > gl-code-quality-report.json",
      "  Tabla Markdown de todos los problemas, para el resumen de una ejecución:",
      "    mpi validate --format markdown datos/ >> \"$GITHUB_STEP_SUMMARY\"",
      "  Un CSV leído de la entrada estándar:",
      "    cat enero.csv | mpi validate -",
      "%nCódigos de salida: 0 sin errores (puede haber advertencias), 1 hay errores,"
          + " 2 error de uso, 3 error interno."
    })
final class ValidateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    text,
    json,
    github,
    gitlab,
    sarif,
    markdown
  }

  @ParentCommand MpiCommand root;

  @Mixin HelpOptions help;

  @Option(
      names = "--format",
      paramLabel = "FORMATO",
      defaultValue = "text",
      description = "Formato de salida: ${COMPLETION-CANDIDATES} (por omisión: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--strict", description = "Trata las advertencias como errores.")
  boolean strict;

  @Mixin DataOptions data;

  /** Where the CI formats run: the checkout root from the environment, the docs' address. */
  private CiContext ci() {
    return CiContext.from(root.env, Version.docs());
  }

  @Override
  public Integer call() {
    var paths = data.paths();
    ValidationResult result = Validator.check(root.loadPlan(), paths, root.displayNames());
    if (strict) {
      result = result.strict();
    }
    switch (format) {
      case text -> {
        ProblemPrinter.print(root.out, result.problems(), root.sources());
        root.out.print(ProblemFormat.tail(result));
      }
      case json -> root.out.print(ProblemFormat.json(result));
      case github -> {
        root.allowAnnotations();
        root.out.print(ProblemFormat.github(result, ci()));
      }
      case gitlab -> root.out.print(GitlabFormat.report(result, ci()));
      case sarif -> root.out.print(ProblemFormat.sarif(result, Version.value(), ci()));
      case markdown -> root.out.print(MarkdownProblems.render(result, Version.value(), ci()));
    }
    return result.hasErrors() ? ExitCodes.INPUT : ExitCodes.OK;
  }
}
