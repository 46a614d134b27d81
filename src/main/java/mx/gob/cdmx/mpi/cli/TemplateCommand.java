package mx.gob.cdmx.mpi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code mpi template}: not yet available (its issue has not landed). */
@Command(name = "template", versionProvider = Version.class, synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n", parameterListHeading = "%nArgumentos:%n",
    description = "Escribe un CSV con una fila vacía por indicador que se mide en el periodo.")
final class TemplateCommand implements Callable<Integer> {
  @ParentCommand MpiCommand root;

  @Mixin HelpOptions help;

  @Override
  public Integer call() {
    root.err.println("mpi template: aún no disponible en esta versión.");
    return ExitCodes.INTERNAL;
  }
}
