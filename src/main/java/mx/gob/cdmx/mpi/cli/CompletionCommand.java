package mx.gob.cdmx.mpi.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mpi completion bash|zsh}: prints the shell completion script (picocli's {@link
 * AutoComplete}), which completes commands, options and option values. The same script serves zsh:
 * it loads zsh's bash compatibility itself.
 */
@Command(
    name = "completion",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    parameterListHeading = "%nArgumentos:%n",
    description =
        "Escribe el guion de autocompletado de mpi para bash o zsh (comandos, opciones y sus"
            + " valores).",
    footer = {
      "%nEjemplos:",
      "  En la sesión actual de bash:",
      "    source <(mpi completion bash)",
      "  Para siempre en bash:",
      "    mpi completion bash > ~/.local/share/bash-completion/completions/mpi",
      "  En zsh (y en ~/.zshrc la línea «source ~/.mpi-completion.zsh»):",
      "    mpi completion zsh > ~/.mpi-completion.zsh",
      "%nCódigos de salida: 0 correcto, 2 error de uso (shell desconocido)."
    })
final class CompletionCommand implements Callable<Integer> {

  /** The shells the script supports. */
  enum Shell {
    bash,
    zsh
  }

  @ParentCommand MpiCommand root;

  @Spec CommandSpec spec;

  @Mixin HelpOptions help;

  @Parameters(
      paramLabel = "SHELL",
      description = "El intérprete de comandos: ${COMPLETION-CANDIDATES}.")
  Shell shell;

  @Override
  public Integer call() {
    root.out.print(script(spec.root().commandLine()));
    return ExitCodes.OK;
  }

  /** The completion script for the whole command line (the same text for bash and zsh). */
  static String script(picocli.CommandLine mpi) {
    return AutoComplete.bash("mpi", mpi);
  }
}
