package mx.gob.cdmx.mpi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code mpi validate}: not yet available (its issue has not landed). */
@Command(name = "validate", versionProvider = Version.class, synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n", parameterListHeading = "%nArgumentos:%n",
    description = "Revisa los archivos de mediciones (CSV) contra el plan.")
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand MpiCommand root;

  @Mixin HelpOptions help;

  @Override
  public Integer call() {
    root.err.println("mpi validate: aún no disponible en esta versión.");
    return ExitCodes.INTERNAL;
  }
}
