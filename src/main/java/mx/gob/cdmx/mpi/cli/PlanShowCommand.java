package mx.gob.cdmx.mpi.cli;

import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.render.PlanTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mpi plan show}: every indicator with its target, unit, frequency, schedule and formula.
 */
@Command(
    name = "show",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    description =
        "Muestra el plan como tabla: id, nombre, meta, unidad, frecuencia, calendario"
            + " y fórmula de cada indicador.",
    footer = {
      "%nEjemplos:",
      "  El plan 2025 integrado:",
      "    mpi plan show",
      "  Otro plan:",
      "    mpi --plan plan-2026.yaml plan show",
      "%nCódigos de salida: 0 correcto, 1 el plan tiene errores, 2 error de uso, 3 error"
          + " interno."
    })
final class PlanShowCommand implements Callable<Integer> {
  @ParentCommand PlanCommand plan;

  @Mixin HelpOptions help;

  @Override
  public Integer call() {
    plan.root.out.print(PlanTable.render(plan.root.loadPlan()));
    return ExitCodes.OK;
  }
}
