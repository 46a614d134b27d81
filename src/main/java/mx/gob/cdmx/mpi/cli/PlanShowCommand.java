package mx.gob.cdmx.mpi.cli;

import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.render.PlanTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
            + " y fórmula de cada indicador; con --responsables, las áreas responsables.",
    footer = {
      "%nEjemplos:",
      "  El plan 2025 integrado:",
      "    mpi plan show",
      "  Las áreas responsables, con cuántos indicadores tiene cada una:",
      "    mpi plan show --responsables",
      "  Otro plan:",
      "    mpi --plan plan-2026.yaml plan show",
      "%nCódigos de salida: 0 correcto, 1 el plan tiene errores, 2 error de uso, 3 error"
          + " interno."
    })
final class PlanShowCommand implements Callable<Integer> {
  @ParentCommand PlanCommand plan;

  @Mixin HelpOptions help;

  @Option(
      names = "--responsables",
      description =
          "En lugar de la tabla, lista las áreas responsables del plan (como las escribe cada"
              + " ficha) con su número de indicadores; sirven para «mpi template --responsable»"
              + " y agrupan «mpi faltantes».")
  boolean responsables;

  @Override
  public Integer call() {
    Plan p = plan.root.loadPlan();
    plan.root.out.print(responsables ? PlanTable.areas(p) : PlanTable.render(p));
    return ExitCodes.OK;
  }
}
