package mx.gob.cdmx.mpi.cli;

import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.evaluate.Pending;
import mx.gob.cdmx.mpi.render.data.PendingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mpi faltantes}: by responsible area, every indicator and variable the data lack for a
 * period (docs/excel.md).
 */
@Command(
    name = "faltantes",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    parameterListHeading = "%nArgumentos:%n",
    description =
        "Lista, agrupados por área responsable, los indicadores y variables del plan que no"
            + " tienen fila en los datos para el periodo (lo que el informe muestra como «Sin"
            + " datos») o a los que les faltan meses, con la cuenta. Valida antes los datos."
            + " Detalle: docs/excel.md.",
    footer = {
      "%nEjemplos:",
      "  Lo que falta del segundo trimestre, por área:",
      "    mpi faltantes --period 2025-Q2 examples/",
      "  En Markdown, para enviarlo por correo:",
      "    mpi faltantes --period 2025-Q3 --format md datos/ > pendientes.md",
      "  En CI: falla si falta algo:",
      "    mpi faltantes --period 2025-Q3 --strict datos/",
      "%nCódigos de salida: 0 correcto (aunque falten datos), 1 falta algo y se pidió --strict,"
          + " o los datos o el plan tienen errores, 2 error de uso, 3 error interno."
    })
final class FaltantesCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    text,
    json,
    md
  }

  @ParentCommand MpiCommand root;

  @Mixin HelpOptions help;

  @Mixin PeriodOption period;

  @Option(
      names = "--format",
      paramLabel = "FORMATO",
      defaultValue = "text",
      description = "Formato de salida: ${COMPLETION-CANDIDATES} (por omisión: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--strict", description = "Sale con 1 si falta algún dato (para CI).")
  boolean strict;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    Pending pending = Pending.of(Inputs.evaluate(root, period, data).evaluation());
    root.out.print(
        switch (format) {
          case text -> PendingReport.text(pending);
          case json -> PendingReport.json(pending);
          case md -> PendingReport.markdown(pending);
        });
    root.out.flush();
    return strict && !pending.isEmpty() ? ExitCodes.INPUT : ExitCodes.OK;
  }
}
