package mx.gob.cdmx.mpi.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.diagnostics.Suggest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code mpi help [COMANDO…]}: the help of the root command or of a (sub)command, the same text
 * {@code --help} prints. An unknown command name is a usage error with a «¿quiso decir …?».
 */
@Command(
    name = "help",
    helpCommand = true,
    synopsisHeading = "Uso: ",
    parameterListHeading = "%nArgumentos:%n",
    description = "Muestra la ayuda de mpi o de un comando.",
    footer = {
      "%nEjemplos:",
      "  La lista de comandos:",
      "    mpi help",
      "  Ayuda de «mpi validate» y de «mpi plan lint»:",
      "    mpi help validate",
      "    mpi help plan lint",
      "%nCódigos de salida: 0 correcto, 2 comando desconocido."
    })
final class HelpCommand implements IHelpCommandInitializable2, Callable<Integer> {

  @Mixin HelpOptions help;

  @Parameters(
      paramLabel = "COMANDO",
      arity = "0..*",
      description = "El comando (y subcomando) cuya ayuda se muestra.")
  List<String> names = List.of();

  private CommandLine self;
  private PrintWriter out;
  private PrintWriter err;
  private Ansi ansi = Ansi.OFF;

  @Override
  public void init(
      CommandLine helpCommandLine,
      CommandLine.Help.ColorScheme colorScheme,
      PrintWriter outWriter,
      PrintWriter errWriter) {
    this.self = helpCommandLine;
    this.out = outWriter;
    this.err = errWriter;
    this.ansi = colorScheme.ansi();
  }

  @Override
  public Integer call() {
    CommandLine target = self.getParent();
    for (String name : names) {
      CommandLine next = target.getSubcommands().get(name);
      if (next == null) {
        String suggestion = Suggest.closest(name, target.getSubcommands().keySet());
        err.println(
            "mpi: comando desconocido: "
                + name
                + (suggestion == null ? "" : "; ¿quiso decir " + suggestion + "?"));
        err.println("Use «mpi help» para ver la lista de comandos.");
        return ExitCodes.USAGE;
      }
      target = next;
    }
    target.usage(out, ansi);
    return ExitCodes.OK;
  }
}
