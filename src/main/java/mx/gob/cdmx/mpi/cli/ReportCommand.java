package mx.gob.cdmx.mpi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code mpi report}: not yet available (its issue has not landed). */
@Command(name = "report", versionProvider = Version.class, synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n", parameterListHeading = "%nArgumentos:%n",
    description = "Genera el informe de un periodo (PDF o Markdown).")
final class ReportCommand implements Callable<Integer> {
  @ParentCommand MpiCommand root;

  @Mixin HelpOptions help;

  @Override
  public Integer call() {
    root.err.println("mpi report: aún no disponible en esta versión.");
    return ExitCodes.INTERNAL;
  }
}
