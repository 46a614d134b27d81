package mx.gob.cdmx.mpi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code mpi evaluate}: not yet available (its issue has not landed). */
@Command(name = "evaluate", versionProvider = Version.class, synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n", parameterListHeading = "%nArgumentos:%n",
    description = "Evalúa cada indicador para un periodo.")
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand MpiCommand root;

  @Mixin HelpOptions help;

  @Override
  public Integer call() {
    root.err.println("mpi evaluate: aún no disponible en esta versión.");
    return ExitCodes.INTERNAL;
  }
}
