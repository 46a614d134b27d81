package mx.gob.cdmx.mpi.cli;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Spanish wording of picocli's usage errors. */
final class Messages {
  private Messages() {}

  static String usage(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException u) {
      String args = String.join(" ", u.getUnmatched());
      if (args.startsWith("-")) {
        return "opción desconocida: " + args;
      }
      return "argumento no esperado: " + args;
    }
    if (ex instanceof MissingParameterException m) {
      var names =
          m.getMissing().stream()
              .map(
                  a ->
                      a.isOption()
                          ? ((picocli.CommandLine.Model.OptionSpec) a).longestName()
                          : a.paramLabel())
              .toList();
      return "falta " + String.join(", ", names);
    }
    String msg = ex.getMessage();
    if (msg != null && msg.startsWith("Invalid value for option")) {
      return "valor no válido: "
          + msg.replaceFirst("Invalid value for option ", "opción ")
              .replace("expected one of", "se espera uno de")
              .replace("(case-insensitive)", "")
              .replace("but was", "y se recibió");
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
}
