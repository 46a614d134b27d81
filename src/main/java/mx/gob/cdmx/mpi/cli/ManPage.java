package mx.gob.cdmx.mpi.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The manual page {@code mpi(1)} in troff ({@code man -l mpi.1}), written from the same picocli
 * model as {@code --help}: every command with its synopsis, description, options, examples and exit
 * codes. picocli-codegen's ManPageGenerator writes AsciiDoc, which needs Asciidoctor to become a
 * manual page; this writer goes straight to troff (docs/distribucion.md).
 */
final class ManPage {
  private ManPage() {}

  /** The page for the command tree rooted at {@code mpi}, dated {@code date} (YYYY-MM-DD). */
  static String render(CommandLine mpi, String version, String date) {
    StringBuilder sb = new StringBuilder();
    sb.append(".\\\" Generado por mpi al compilar; no se edita a mano.\n");
    sb.append(".TH MPI 1 \"")
        .append(date)
        .append("\" \"mpi ")
        .append(escape(version))
        .append("\" \"Manual de mpi\"\n");
    sb.append(".SH NOMBRE\n");
    sb.append("mpi \\- seguimiento del Plan Anual de Trabajo del MPI CDMX\n");
    command(sb, mpi, true);
    sb.append(".SH \"VÉASE TAMBIÉN\"\n");
    sb.append(
        "Los documentos de docs/ que acompañan a la herramienta: validacion.md, metodologia.md,"
            + " informes.md, carpeta-junta.md, cli.md, ci.md y distribucion.md.\n");
    return sb.toString();
  }

  private static void command(StringBuilder sb, CommandLine cl, boolean root) {
    CommandSpec spec = cl.getCommandSpec();
    if (spec.usageMessage().hidden()) {
      return;
    }
    String heading = root ? ".SH " : ".SS ";
    sb.append(heading).append(root ? "SINOPSIS" : quoted(spec.qualifiedName())).append('\n');
    String synopsis =
        new Help(spec, Help.defaultColorScheme(Ansi.OFF))
            .synopsis(0)
            .replaceFirst("^Uso: ", "")
            .strip();
    sb.append(".nf\n").append(escape(synopsis)).append("\n.fi\n");
    if (root) {
      sb.append(".SH DESCRIPCIÓN\n");
    }
    for (String line : spec.usageMessage().description()) {
      sb.append(text(line)).append('\n');
    }
    boolean any = false;
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden()) {
        sb.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n");
        sb.append(text(String.join(" ", p.description()))).append('\n');
        any = true;
      }
    }
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      if (root && !any) {
        sb.append(".SH OPCIONES\n");
      }
      any = true;
      sb.append(".TP\n");
      String names = String.join(", ", o.names());
      sb.append("\\fB").append(escape(names)).append("\\fR");
      if (o.arity().max() > 0) {
        sb.append("=\\fI").append(escape(o.paramLabel())).append("\\fR");
      }
      sb.append('\n').append(text(String.join(" ", o.description()))).append('\n');
    }
    footer(sb, spec);
    if (root) {
      sb.append(".SH COMANDOS\n");
    }
    cl.getSubcommands().values().forEach(sub -> command(sb, sub, false));
  }

  private static void footer(StringBuilder sb, CommandSpec spec) {
    String[] footer = spec.usageMessage().footer();
    if (footer.length == 0) {
      return;
    }
    sb.append(".PP\n.nf\n");
    for (String line : footer) {
      for (String part : format(line).split("\n", -1)) {
        sb.append(part.isEmpty() ? "" : escape(part)).append('\n');
      }
    }
    sb.append(".fi\n");
  }

  /** picocli's format markers in texts: {@code %n} and the {@code ${…}} variables used here. */
  private static String format(String s) {
    return s.replace("%n", "\n").replace("%%", "%");
  }

  /** A running-text line: variables picocli would expand are shown by their meaning. */
  private static String text(String s) {
    String t =
        format(s)
            .replace("${COMPLETION-CANDIDATES}", "los valores de la lista")
            .replace("${DEFAULT-VALUE}", "el indicado");
    return escape(t.strip());
  }

  private static String quoted(String s) {
    return "\"" + escape(s) + "\"";
  }

  /** Escapes troff: backslashes, hyphens, and a leading dot or quote on a line. */
  static String escape(String s) {
    String e = s.replace("\\", "\\e").replace("-", "\\-");
    StringBuilder out = new StringBuilder();
    for (String line : e.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (line.startsWith(".") || line.startsWith("'")) {
        out.append("\\&");
      }
      out.append(line);
    }
    return out.toString();
  }
}
