package mx.gob.cdmx.mpi.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.output.Outputs;
import mx.gob.cdmx.mpi.render.data.EvaluationCsv;
import mx.gob.cdmx.mpi.render.data.EvaluationJson;
import mx.gob.cdmx.mpi.render.data.EvaluationTable;
import mx.gob.cdmx.mpi.render.data.EvaluationXlsx;
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
      "  CSV de junio para una hoja de cálculo (encabezados en español, UTF-8 con BOM):",
      "    mpi evaluate --period 2025-06 --format csv examples/ > evaluacion.csv",
      "  Libro de Excel con el semáforo coloreado (evaluacion-2025-Q2.xlsx):",
      "    mpi evaluate --period 2025-Q2 --format xlsx examples/",
      "%nCódigos de salida: 0 correcto (puede haber advertencias), 1 los datos o el plan"
          + " tienen errores, 2 error de uso, 3 error interno."
    })
final class EvaluateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    table,
    json,
    csv,
    xlsx
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

  @Option(
      names = {"-o", "--output"},
      paramLabel = "ARCHIVO",
      description =
          "Archivo de salida (por omisión, la salida estándar; con --format xlsx,"
              + " evaluacion-PERIODO.xlsx). Nunca reemplaza un archivo de datos, el plan, una"
              + " carpeta ni un dispositivo.")
  Path output;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    Path path = output;
    if (path == null && format == Format.xlsx) {
      path = Path.of("evaluacion-" + period.of(root.loadPlan()).code() + ".xlsx");
    }
    Outputs outputs = path == null ? null : root.outputs(data.paths(), null);
    Outputs.Target target = outputs == null ? null : outputs.check(path);
    Evaluation evaluation = Inputs.evaluate(root, period, data).evaluation();
    if (format == Format.xlsx) {
      LocalDateTime stamp = evaluation.period().endDate().atStartOfDay();
      outputs.write(target, EvaluationXlsx.render(evaluation, stamp), Outputs.Mode.DEFAULT);
      (target.stdout() ? root.err : root.out).println("Evaluación escrita en " + target + ".");
      return ExitCodes.OK;
    }
    String text =
        switch (format) {
          case table -> EvaluationTable.render(evaluation, color.enabled() && target == null);
          case json -> EvaluationJson.render(evaluation);
          default -> EvaluationCsv.render(evaluation);
        };
    if (target == null || target.stdout()) {
      root.out.print(text);
    } else {
      outputs.write(target, text.getBytes(StandardCharsets.UTF_8), Outputs.Mode.DEFAULT);
    }
    return ExitCodes.OK;
  }
}
