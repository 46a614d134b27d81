package mx.gob.cdmx.mpi.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.gob.cdmx.mpi.diagnostics.Suggest;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Spanish wording of picocli's usage errors, with «¿quiso decir …?» for mistyped words. */
final class Messages {
  private Messages() {}

  static String usage(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException u) {
      return unmatched(u);
    }
    if (ex instanceof MissingParameterException m) {
      var names =
          m.getMissing().stream()
              .map(a -> a.isOption() ? ((OptionSpec) a).longestName() : a.paramLabel())
              .toList();
      return "falta " + String.join(", ", names);
    }
    if (ex.getCause() instanceof PathArgument.Unusable u) {
      return u.getMessage();
    }
    if (ex instanceof picocli.CommandLine.OverwrittenOptionException o) {
      String name =
          o.getOverwritten() instanceof OptionSpec option
              ? option.longestName()
              : o.getOverwritten().paramLabel();
      return "la opción " + name + " se dio más de una vez; déjela una sola vez";
    }
    String msg = ex.getMessage();
    if (msg != null && msg.startsWith("Invalid value for option")) {
      return "valor no válido: "
          + msg.replaceFirst("Invalid value for option ", "opción ")
              .replace("expected one of", "se espera uno de")
              .replace("(case-insensitive)", "")
              .replace("but was", "y se recibió")
              .replaceAll("'([^']*)' is not an? (int|long)", "«$1» no es un número entero")
              .replaceAll(
                  "'([^']*)' is not a (decimal|double|float|bigdecimal)", "«$1» no es un número");
    }
    if (msg != null && msg.startsWith("Missing required subcommand")) {
      return "falta el subcomando; use --help para ver la lista";
    }
    if (msg != null && msg.startsWith("Unknown option")) {
      return "opción desconocida: " + msg.replaceFirst("Unknown options?: ", "");
    }
    if (msg != null && msg.startsWith("Expected parameter for option")) {
      return "falta el valor de la opción " + msg.replaceFirst(".*option '([^']*)'.*", "$1");
    }
    return msg;
  }

  /**
   * An unknown option, command or extra argument, with the closest known option or command of the
   * same command line: «comando desconocido: valdate; ¿quiso decir validate?».
   */
  private static String unmatched(UnmatchedArgumentException u) {
    String first = u.getUnmatched().get(0);
    CommandSpec spec = u.getCommandLine().getCommandSpec();
    String args = String.join(" ", u.getUnmatched());
    String suggestion;
    String text;
    if (first.startsWith("-") && first.length() > 1) {
      String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
      suggestion = closest(name, optionNames(spec));
      text = "opción desconocida: " + name;
    } else if (!spec.subcommands().isEmpty() && !spec.subcommands().containsKey(first)) {
      suggestion = closest(first, visibleCommands(spec));
      text = "comando desconocido: " + first;
    } else {
      suggestion = null;
      text = "argumento no esperado: " + args;
    }
    return suggestion == null ? text : text + "; ¿quiso decir " + suggestion + "?";
  }

  /** The closest candidate by edit distance, else the first of picocli's own suggestions. */
  private static String closest(String word, List<String> candidates) {
    String best = Suggest.closest(word, candidates);
    if (best != null) {
      return best;
    }
    String w = word.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      String bare = c.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
      if (w.length() >= 3 && (bare.startsWith(w) || w.startsWith(bare))) {
        return c;
      }
    }
    return null;
  }

  private static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        names.add(o.longestName());
      }
    }
    return names;
  }

  private static List<String> visibleCommands(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    spec.subcommands()
        .forEach(
            (name, cl) -> {
              if (!cl.getCommandSpec().usageMessage().hidden()) {
                names.add(name);
              }
            });
    return names;
  }
}
