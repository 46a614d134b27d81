package mx.gob.cdmx.mpi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mpi exporta}: the public figures in the formats of other systems ({@code sipot}). */
@Command(
    name = "exporta",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    commandListHeading = "%nComandos:%n",
    description =
        "Exporta las cifras públicas en los formatos de otros sistemas (edición pública;"
            + " docs/transparencia.md).",
    footer = {
      "%nEjemplos:",
      "  Formato SIPOT de la fracción VI del segundo trimestre:",
      "    mpi exporta sipot --fraccion VI --period 2025-Q2 examples/",
      "%nCódigos de salida: 0 correcto, 1 los datos o el plan tienen errores, 2 error de"
          + " uso, 3 error interno."
    },
    subcommands = {ExportSipotCommand.class})
final class ExportCommand implements Callable<Integer> {
  @ParentCommand MpiCommand root;

  @Spec CommandSpec spec;

  @Mixin HelpOptions help;

  @Override
  public Integer call() {
    spec.commandLine().usage(root.err);
    return ExitCodes.USAGE;
  }
}
