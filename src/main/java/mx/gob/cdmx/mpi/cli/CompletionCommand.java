package mx.gob.cdmx.mpi.cli;

import java.text.Normalizer;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    return asciiNames(AutoComplete.bash("mpi", mpi));
  }

  private static final Pattern VARIABLE =
      Pattern.compile("[\\p{L}\\p{N}_]*[^\\x00-\\x7F][\\p{L}\\p{N}_]*");

  /**
   * picocli names a shell variable after each option's label ({@code CUÁNDO_option_args}), and bash
   * accepts only ASCII names: the accents are dropped from every such word (the script has no other
   * non-ASCII text; regression: the script failed to load in bash).
   */
  static String asciiNames(String script) {
    Matcher m = VARIABLE.matcher(script);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String folded =
          Normalizer.normalize(m.group(), Normalizer.Form.NFD).replaceAll("[^\\x00-\\x7F]", "");
      m.appendReplacement(sb, Matcher.quoteReplacement(folded));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
