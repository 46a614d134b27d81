package mx.gob.cdmx.mpi.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.diagnostics.Shown;
import mx.gob.cdmx.mpi.output.IoReason;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/** A YAML document as a tree whose every node knows its line and column, for precise messages. */
final class YamlTree {

  /** A position in the YAML text, 1-based. */
  record Pos(int line, int column) {}

  /** A node of the tree. */
  sealed interface Node permits MapNode, ListNode, ScalarNode {
    Pos pos();

    String kind();
  }

  /** A key of a mapping with its own position and its value. */
  record Entry(String key, Pos keyPos, Node value) {}

  record MapNode(Map<String, Entry> entries, Pos pos) implements Node {
    @Override
    public String kind() {
      return "un mapa (claves: valores)";
    }
  }

  record ListNode(List<Node> items, Pos pos) implements Node {
    @Override
    public String kind() {
      return "una lista";
    }
  }

  /** A scalar; {@code text} is null for YAML null; {@code token} tells numbers from strings. */
  record ScalarNode(String text, JsonToken token, Pos pos) implements Node {
    @Override
    public String kind() {
      return switch (token) {
        case VALUE_NULL -> "un valor vacío (null)";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "un número";
        case VALUE_TRUE, VALUE_FALSE -> "un valor lógico";
        default -> "un texto";
      };
    }

    boolean isNull() {
      return token == JsonToken.VALUE_NULL;
    }
  }

  /**
   * The largest plan read, in characters (Unicode code points): room for a national plan of 10,000
   * indicators with dozens of variables each (SnakeYAML's own default, 3 MiB, held about 1,500
   * indicators). The limits on aliases and nesting depth stay SnakeYAML's ({@code
   * docs/rendimiento.md}).
   */
  static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  /** The full parser, made on first use: plans in the plain subset never need it. */
  private static final class Full {
    static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    private static LoaderOptions loaderOptions() {
      LoaderOptions options = new LoaderOptions();
      // One more than the limit checked before parsing, so that check, with its message, comes
      // first.
      options.setCodePointLimit(MAX_CODE_POINTS + 1);
      return options;
    }
  }

  private YamlTree() {}

  /**
   * Parses YAML text into a positioned tree; syntax errors and duplicate keys go to {@code
   * problems}. Returns null when the text is not valid YAML.
   */
  static Node parse(String text, String file, List<Problem> problems) {
    if (text.length() > MAX_CODE_POINTS
        && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
      problems.add(
          Problem.error(
              file,
              0,
              0,
              "plan-too-large",
              "el plan es demasiado grande: tiene "
                  + text.codePointCount(0, text.length())
                  + " caracteres y mpi lee planes de hasta "
                  + MAX_CODE_POINTS
                  + "; revise que el archivo sea sólo el plan (no un plan con datos pegados ni"
                  + " varios planes juntos)"));
      return null;
    }
    if (text.indexOf('&') >= 0) {
      anchors(text, file, problems);
    }
    Node fast = FastYaml.parse(text);
    return fast != null ? fast : parseFully(text, file, problems);
  }

  /**
   * {@link #parse} with the full parser (SnakeYAML through Jackson), whatever the text: the
   * reference that {@link FastYaml} must agree with.
   */
  static Node parseFully(String text, String file, List<Problem> problems) {
    try (JsonParser parser = Full.FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(Problem.error(file, 1, 1, "plan-empty", "el archivo del plan está vacío"));
        return null;
      }
      return read(parser, file, problems);
    } catch (JsonProcessingException e) {
      problems.add(syntaxError(text, file, e));
      return null;
    } catch (IOException e) {
      problems.add(
          Problem.error(
              file, 0, 0, "plan-unreadable", "no se pudo leer el plan: " + IoReason.of(e)));
      return null;
    }
  }

  /** A YAML syntax error at the line and column where the fault is, unclosed quotes named. */
  private static Problem syntaxError(String text, String file, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    String detail = yamlProblem(e);
    if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m
        && m.getProblemMark() != null
        && detail.contains("tabulador")) {
      // A tab is reported where the scan began, often the line above; the tab itself is here.
      line = m.getProblemMark().getLine() + 1;
      col = m.getProblemMark().getColumn() + 1;
    }
    if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m
        && m.getContext() != null
        && m.getContext().contains("quoted scalar")
        && m.getContextMark() != null) {
      line = m.getContextMark().getLine() + 1;
      col = m.getContextMark().getColumn() + 1;
      detail = "comillas sin cerrar";
    }
    int[] quote = unbalancedQuote(text, line);
    if (quote != null) {
      line = quote[0];
      col = quote[1];
      detail = "comillas sin cerrar";
    }
    return Problem.error(
        file,
        line,
        col,
        "yaml-syntax",
        "sintaxis YAML no válida ("
            + detail
            + "); revise la sangría, los dos puntos y las"
            + " comillas de esta línea y la anterior");
  }

  /** SnakeYAML's usual complaints, in Spanish: a fragment of its English text, then ours. */
  private static final String[][] YAML_PROBLEMS = {
    {
      "mapping values are not allowed",
      "aquí no puede ir «clave: valor»; si es texto con «: », póngalo entre comillas"
    },
    {"could not find expected ':'", "falta «:» después de la clave"},
    {
      "cannot start any token",
      "hay un carácter que no puede iniciar un valor (¿un tabulador? la sangría va sólo con espacios)"
    },
    {"tab character", "hay un tabulador: la sangría va sólo con espacios"},
    {"did not find expected key", "la sangría no coincide con la de las claves de arriba"},
    {"did not find expected '-'", "la sangría no coincide con la de la lista de arriba"},
    {"',' or ']'", "falta «,» o «]» en la lista entre corchetes"},
    {"',' or '}'", "falta «,» o «}» en el mapa entre llaves"},
    {"expected <block end>", "la sangría no coincide con la de las líneas de arriba"},
    {"unexpected end of stream", "el archivo termina a mitad de un valor"},
    {"found unexpected ':'", "sobra un «:»"},
  };

  /**
   * What is wrong, in Spanish when it is one of SnakeYAML's usual complaints; otherwise its own
   * words, marked as the YAML reader's.
   */
  static String yamlProblem(JsonProcessingException e) {
    String problem =
        e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m
                && m.getProblem() != null
            ? m.getProblem()
            : e.getOriginalMessage().lines().findFirst().orElse("");
    String lower = problem.toLowerCase(java.util.Locale.ROOT);
    for (String[] known : YAML_PROBLEMS) {
      if (lower.contains(known[0].toLowerCase(java.util.Locale.ROOT))) {
        return known[1];
      }
    }
    return "el lector YAML dice: «" + Shown.excerpt(problem.strip()) + "»";
  }

  /**
   * The first line before {@code errorLine} with an odd number of double quotes (a quoted value
   * left open, which YAML continues onto the next lines), as {line, column of its last quote}.
   */
  private static int[] unbalancedQuote(String text, int errorLine) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < Math.min(errorLine - 1, lines.size()); i++) {
      String l = lines.get(i);
      int count = 0;
      int last = -1;
      boolean single = false;
      for (int c = 0; c < l.length(); c++) {
        char ch = l.charAt(c);
        if (ch == '#' && count % 2 == 0 && !single && (c == 0 || l.charAt(c - 1) == ' ')) {
          break;
        }
        if (ch == '\\' && count % 2 == 1) {
          c++;
        } else if (ch == '"' && !single) {
          count++;
          last = c;
        } else if (ch == '\'' && count % 2 == 0) {
          single = !single;
        }
      }
      if (count % 2 == 1) {
        return new int[] {i + 1, last + 1};
      }
    }
    return null;
  }

  /** The error for an anchor or alias: every value is written out in full where it goes. */
  private static Problem refused(String file, int line, int column, String what, String name) {
    return Problem.error(
        file,
        line,
        column,
        "yaml-alias",
        what
            + Shown.excerpt(name)
            + "» no se admite en el plan: cada valor se escribe completo donde va"
            + " (anclas «&» y alias «*» harían que un valor dijera otra cosa de lo que se"
            + " lee)");
  }

  /**
   * Every YAML anchor ({@code &nombre}) of {@code text}, on a scalar, a key, a list or a map, as
   * the error {@code yaml-alias} at the anchor's line and column. Jackson's parser drops the
   * anchors of scalars, so SnakeYAML's event parser reads the text on its own, and only when the
   * text has an {@code &} at all (plans rarely do). A syntax error ends this scan: the main parse
   * reports it.
   */
  private static void anchors(String text, String file, List<Problem> problems) {
    Parser events = new ParserImpl(new StreamReader(text), Full.loaderOptions());
    try {
      while (events.peekEvent() != null) {
        Event e = events.getEvent();
        if (e instanceof NodeEvent n && !(e instanceof AliasEvent) && n.getAnchor() != null) {
          Mark at = e.getStartMark();
          problems.add(
              refused(
                  file, at.getLine() + 1, at.getColumn() + 1, "el ancla YAML «&", n.getAnchor()));
        }
      }
    } catch (YAMLException e) {
      // Not valid YAML: the Jackson parse that follows reports where and why.
    }
  }

  private static Pos pos(JsonParser p) {
    JsonLocation loc = p.currentTokenLocation();
    return new Pos(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
  }

  private static Node read(JsonParser p, String file, List<Problem> problems) throws IOException {
    JsonToken t = p.currentToken();
    Pos pos = pos(p);
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      problems.add(refused(file, pos.line(), pos.column(), "el alias YAML «*", p.getText()));
      // Kept as text so that no second, misleading problem follows ("cannot be empty").
      return new ScalarNode("*" + p.getText(), JsonToken.VALUE_STRING, pos);
    }
    if (t == JsonToken.START_OBJECT) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        Pos keyPos = pos(p);
        p.nextToken();
        Node value = read(p, file, problems);
        if (entries.containsKey(key)) {
          Pos first = entries.get(key).keyPos();
          problems.add(
              Problem.error(
                  file,
                  keyPos.line(),
                  keyPos.column(),
                  "duplicate-key",
                  "clave «"
                      + key
                      + "» repetida (ya aparece en la línea "
                      + first.line()
                      + "); deje una sola"));
        } else {
          entries.put(key, new Entry(key, keyPos, value));
        }
      }
      return new MapNode(entries, pos);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(read(p, file, problems));
      }
      return new ListNode(items, pos);
    }
    String text = t == JsonToken.VALUE_NULL ? null : p.getText();
    return new ScalarNode(text, t, pos);
  }
}
