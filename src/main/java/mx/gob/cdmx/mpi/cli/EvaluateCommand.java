package mx.gob.cdmx.mpi.cli;

import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.render.data.EvaluationCsv;
import mx.gob.cdmx.mpi.render.data.EvaluationJson;
import mx.gob.cdmx.mpi.render.data.EvaluationTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mpi evaluate}: every indicator of the plan evaluated for one period (docs/metodologia.md).
 */
@Command(
    name = "evaluate",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    parameterListHeading = "%nArgumentos:%n",
    description =
        "Evalúa cada indicador del plan para un periodo: metas, realizado, resultado,"
            + " avance y semáforo (método: docs/metodologia.md). Valida antes los datos.",
    footer = {
      "%nEjemplos:",
      "  Tabla del segundo trimestre:",
      "    mpi evaluate --period 2025-Q2 examples/",
      "  CSV de junio para una hoja de cálculo:",
      "    mpi evaluate --period 2025-06 --format csv examples/ > evaluacion.csv",
      "%nCódigos de salida: 0 correcto (puede haber advertencias), 1 los datos o el plan"
          + " tienen errores, 2 error de uso, 3 error interno."
    })
final class EvaluateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    table,
    json,
    csv
  }

  @ParentCommand MpiCommand root;

  @Mixin HelpOptions help;

  @Mixin PeriodOption period;

  @Option(
      names = "--format",
      paramLabel = "FORMATO",
      defaultValue = "table",
      description = "Formato de salida: ${COMPLETION-CANDIDATES} (por omisión: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--color",
      paramLabel = "CUÁNDO",
      defaultValue = "auto",
      description =
          "Color en la tabla: ${COMPLETION-CANDIDATES} (por omisión: ${DEFAULT-VALUE};"
              + " auto lo usa sólo en una terminal y sin NO_COLOR).")
  ColorMode color;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    Evaluation evaluation = Inputs.evaluate(root, period, data).evaluation();
    root.out.print(
        switch (format) {
          case table -> EvaluationTable.render(evaluation, color.enabled());
          case json -> EvaluationJson.render(evaluation);
          case csv -> EvaluationCsv.render(evaluation);
        });
    return ExitCodes.OK;
  }
}
