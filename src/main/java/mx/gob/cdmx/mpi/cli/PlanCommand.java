package mx.gob.cdmx.mpi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mpi plan}: the plan as a table ({@code show}) and its own inconsistencies ({@code lint}).
 */
@Command(
    name = "plan",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    commandListHeading = "%nComandos:%n",
    description = "Muestra el plan o revisa sus inconsistencias.",
    footer = {
      "%nEjemplos:",
      "  El plan integrado como tabla:",
      "    mpi plan show",
      "  Revisar otro plan:",
      "    mpi --plan plan-2026.yaml plan lint",
      "%nCódigos de salida: 0 correcto, 1 el plan tiene errores, 2 error de uso, 3 error"
          + " interno."
    },
    subcommands = {PlanShowCommand.class, PlanLintCommand.class})
final class PlanCommand implements Callable<Integer> {
  @ParentCommand MpiCommand root;

  @Spec CommandSpec spec;

  @Mixin HelpOptions help;

  @Override
  public Integer call() {
    spec.commandLine().usage(root.err);
    return ExitCodes.USAGE;
  }
}
