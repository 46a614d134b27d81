package mx.gob.cdmx.mpi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code mpi packet}: not yet available (its issue has not landed). */
@Command(name = "packet", versionProvider = Version.class, synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n", parameterListHeading = "%nArgumentos:%n",
    description = "Genera la carpeta PDF para una sesión de la Junta de Gobierno.")
final class PacketCommand implements Callable<Integer> {
  @ParentCommand MpiCommand root;

  @Mixin HelpOptions help;

  @Override
  public Integer call() {
    root.err.println("mpi packet: aún no disponible en esta versión.");
    return ExitCodes.INTERNAL;
  }
}
