package mx.gob.cdmx.mpi.render.markdown;

import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;

/**
 * Freemarker output format for GitHub/GitLab Markdown: every {@code ${…}} is escaped with {@link
 * #escape} unless the template says {@code ?no_esc}, so a note with {@code |} or {@code *} cannot
 * break a table or start emphasis.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownText> {

  /** The only instance. */
  public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

  private static final String ESCAPED = "\\`*_[]<>|#~$";

  private MarkdownOutputFormat() {}

  /**
   * The text as Markdown inline content that shows it literally: {@code \ ` * _ [ ] < > | # ~ $}
   * are backslash-escaped, {@code &} becomes <code>&amp;amp;</code>, line breaks become {@code
   * <br>}, and a leading list or heading marker ({@code - + =}, {@code 1.}, {@code 1)}) is escaped.
   */
  public static String escape(String text) {
    String s = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder sb = new StringBuilder(s.length() + 16);
    int start = 0;
    while (start < s.length() && s.charAt(start) == ' ') {
      start++;
    }
    int marker = start < s.length() ? blockMarker(s, start) : -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i == marker) {
        sb.append('\\');
      }
      if (ESCAPED.indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else if (c == '&') {
        sb.append("&amp;");
      } else if (c == '\n') {
        sb.append("<br>");
      } else if (c == '\t') {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Where the text starting at {@code i} has a list, heading-underline or thematic-break marker
   * ({@code -}, {@code +}, {@code =}, or the {@code .} or {@code )} after digits), else -1.
   */
  private static int blockMarker(String s, int i) {
    char c = s.charAt(i);
    boolean ends = i + 1 == s.length();
    if (c == '-' || c == '+' || c == '=') {
      return ends || s.charAt(i + 1) == ' ' || (c != '+' && s.charAt(i + 1) == c) ? i : -1;
    }
    int j = i;
    while (j < s.length() && Character.isDigit(s.charAt(j))) {
      j++;
    }
    if (j > i
        && j < s.length()
        && (s.charAt(j) == '.' || s.charAt(j) == ')')
        && (j + 1 == s.length() || s.charAt(j + 1) == ' ')) {
      return j;
    }
    return -1;
  }

  @Override
  public String getName() {
    return "Markdown";
  }

  @Override
  public String getMimeType() {
    return "text/markdown";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escape(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return escape(plainTextContent);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected MarkdownText newTemplateMarkupOutputModel(
      String plainTextContent, String markupContent) {
    return new MarkdownText(plainTextContent, markupContent);
  }
}
