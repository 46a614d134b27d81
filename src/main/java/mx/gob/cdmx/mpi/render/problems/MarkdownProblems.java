package mx.gob.cdmx.mpi.render.problems;

import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.diagnostics.Severity;
import mx.gob.cdmx.mpi.validate.ValidationResult;

/**
 * Every problem as a Markdown table, for a CI job's summary page ({@code $GITHUB_STEP_SUMMARY}),
 * where nothing is capped: the heading, the summary line, then one row per problem with its level
 * in words, file, line, column, code and message. Paths relative to the checkout.
 */
public final class MarkdownProblems {
  private MarkdownProblems() {}

  /** The summary page's section for {@code result}, by {@code mpi} of {@code toolVersion}. */
  public static String render(ValidationResult result, String toolVersion, CiContext ci) {
    StringBuilder sb = new StringBuilder();
    sb.append("## Validación de mediciones (mpi ").append(cell(toolVersion)).append(")\n\n");
    sb.append(result.hasErrors() ? "**Hay errores.** " : "**Sin errores.** ")
        .append(cell(ProblemFormat.summary(result)))
        .append("\n");
    String more = ProblemFormat.more(result);
    if (!more.isEmpty()) {
      sb.append('\n').append(cell(more)).append('\n');
    }
    if (result.problems().isEmpty()) {
      return sb.toString();
    }
    sb.append("\n| nivel | archivo | línea | columna | código | mensaje |\n");
    sb.append("|---|---|---:|---:|---|---|\n");
    for (Problem p : result.problems()) {
      sb.append("| ")
          .append(p.severity() == Severity.ERROR ? "**error**" : "advertencia")
          .append(" | ")
          .append(code(ci.path(p.file())))
          .append(" | ")
          .append(p.line() > 0 ? Integer.toString(p.line()) : "")
          .append(" | ")
          .append(p.column() > 0 ? Integer.toString(p.column()) : "")
          .append(" | ")
          .append(code(p.code()))
          .append(" | ")
          .append(cell(p.message()))
          .append(" |\n");
    }
    return sb.toString();
  }

  /**
   * Text safe in a table cell: no line breaks, {@code |} escaped, and the characters Markdown or
   * HTML would read ({@code < > & * _ ` [ ]}) as entities or escaped, so a message shows as
   * written.
   */
  static String cell(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\r', '\n' -> sb.append(' ');
        case '|' -> sb.append("\\|");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '*', '_', '`', '[', ']', '\\' -> sb.append('\\').append(c);
        default -> {
          if (c >= ' ' || c == '\t') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** A file name or code in code style; backticks inside cannot close it (doubled fence). */
  private static String code(String s) {
    String text = s.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
  }
}
