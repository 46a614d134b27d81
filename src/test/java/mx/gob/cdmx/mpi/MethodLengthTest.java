package mx.gob.cdmx.mpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No method, constructor or initializer in {@code src/main} is longer than {@value #MAX_LINES}
 * lines, counted from the line of its opening brace to that of its closing brace. Data tables are
 * not methods: a field initialised with an array or a collection may be as long as its data.
 *
 * <p>The scanner blanks comments, strings, text blocks and character literals, then follows the
 * braces: a block directly inside a type body is a method unless its header declares a type or
 * assigns a field ({@code =}); a block whose header is {@code new X(...)} is an anonymous class
 * body, whose methods are measured too.
 */
class MethodLengthTest {

  static final int MAX_LINES = 60;

  /**
   * Known debt, written down so it can only shrink: methods that were over the limit when the gate
   * landed (after the Excel reader and the output writer came in the same afternoon), with the
   * length they may not exceed. A listed method that grows fails; one that is fixed must leave this
   * list (the test fails until it does); any other method over the limit fails.
   */
  static final java.util.Map<String, Integer> KNOWN_DEBT = java.util.Map.of();

  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Pattern TYPE_HEADER =
      Pattern.compile(
          "\\b(class|interface|enum|record)\\s+\\w+|\\bnew\\s+[\\w.]+\\s*(<[^{};]*>)?\\s*\\(.*\\)\\s*$",
          Pattern.DOTALL);
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

  /** A method-like block: where it starts, how long it is, and its header for the message. */
  record Method(String file, int line, int length, String header) {
    @Override
    public String toString() {
      return file + ":" + line + " " + header + " (" + length + " líneas)";
    }
  }

  private enum Kind {
    FILE,
    TYPE,
    METHOD,
    DATA,
    BLOCK
  }

  private record Open(Kind kind, int line, String header) {}

  @Test
  void noMethodInMainIsLongerThanSixtyLines() throws IOException {
    List<Method> tooLong = new ArrayList<>();
    List<Method> all = new ArrayList<>();
    java.util.Set<String> debtSeen = new java.util.HashSet<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        for (Method m : methods(MAIN.relativize(f).toString(), Files.readString(f))) {
          all.add(m);
          String key = debtKey(m);
          if (m.length() > MAX_LINES && key != null && m.length() <= KNOWN_DEBT.get(key)) {
            debtSeen.add(key);
          } else if (m.length() > MAX_LINES) {
            tooLong.add(m);
          }
        }
      }
    }
    assertThat(all).as("methods found under %s", MAIN).hasSizeGreaterThan(500);
    assertThat(tooLong).as("methods longer than %d lines", MAX_LINES).isEmpty();
    assertThat(KNOWN_DEBT.keySet())
        .as("methods of the known-debt list that are now short enough: remove them from the list")
        .containsExactlyInAnyOrderElementsOf(debtSeen);
  }

  /** The known-debt key that names {@code m}, or null. */
  private static String debtKey(Method m) {
    for (String key : KNOWN_DEBT.keySet()) {
      int space = key.indexOf(' ');
      if (m.file().equals(key.substring(0, space))
          && m.header().startsWith(key.substring(space + 1))) {
        return key;
      }
    }
    return null;
  }

  @Test
  void theScannerMeasuresMethodsAndSkipsTablesStringsAndComments() {
    String source =
        """
        class A {
          static final String[] TABLE = {
            "a",
            "b",
          };

          void m() {
            String s = "}{";
            char c = '}';
            // }
            /* { */
            if (true) {
              s = \"""
                  }
                  \""";
            }
          }

          Runnable r() {
            return new Runnable() {
              @Override
              public void run() {
                int x = 1;
              }
            };
          }

          A() {}
        }
        """;
    List<Method> found = methods("A.java", source);
    assertThat(found)
        .extracting(Method::line, Method::length)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(7, 11),
            org.assertj.core.groups.Tuple.tuple(22, 3),
            org.assertj.core.groups.Tuple.tuple(19, 8),
            org.assertj.core.groups.Tuple.tuple(28, 1));
  }

  /** Every method-like block of one source file. */
  static List<Method> methods(String file, String source) {
    String code = blank(source);
    List<Method> out = new ArrayList<>();
    Deque<Open> stack = new ArrayDeque<>();
    stack.push(new Open(Kind.FILE, 0, ""));
    int line = 1;
    int headerStart = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == '{') {
        String header = code.substring(headerStart, i);
        stack.push(new Open(kind(stack.peek().kind(), header), line, header));
        headerStart = i + 1;
      } else if (c == '}') {
        Open open = stack.pop();
        if (open.kind() == Kind.METHOD) {
          String h = open.header().strip().replaceAll("\\s+", " ");
          out.add(new Method(file, open.line(), line - open.line() + 1, h));
        }
        headerStart = i + 1;
      } else if (c == ';') {
        headerStart = i + 1;
      }
    }
    return out;
  }

  private static Kind kind(Kind parent, String header) {
    if (TYPE_HEADER.matcher(header).find()) {
      return Kind.TYPE;
    }
    if (parent != Kind.TYPE && parent != Kind.FILE) {
      return Kind.BLOCK;
    }
    String outsideParentheses = header;
    for (String previous = ""; !previous.equals(outsideParentheses); ) {
      previous = outsideParentheses;
      outsideParentheses = PARENTHESES.matcher(outsideParentheses).replaceAll("");
    }
    return outsideParentheses.contains("=") ? Kind.DATA : Kind.METHOD;
  }

  /** The source with comments, strings, text blocks and char literals blanked, lines kept. */
  static String blank(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end;
      if (s.startsWith("\"\"\"", i)) {
        end = s.indexOf("\"\"\"", i + 3) + 3;
      } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
        end = literalEnd(s, i);
      } else if (s.startsWith("//", i)) {
        end = s.indexOf('\n', i);
        end = end < 0 ? s.length() : end;
      } else if (s.startsWith("/*", i)) {
        end = s.indexOf("*/", i + 2) + 2;
      } else {
        out.append(s.charAt(i++));
        continue;
      }
      for (int j = i; j < end; j++) {
        out.append(s.charAt(j) == '\n' ? '\n' : ' ');
      }
      i = end;
    }
    return out.toString();
  }

  private static int literalEnd(String s, int start) {
    char quote = s.charAt(start);
    int j = start + 1;
    while (s.charAt(j) != quote) {
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    return j + 1;
  }
}
