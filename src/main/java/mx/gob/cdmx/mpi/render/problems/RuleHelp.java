package mx.gob.cdmx.mpi.render.problems;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The help of each check, read from the tables of docs/validacion.md (packed in the jar), so the
 * SARIF rules say exactly what the docs say: when the check fires and an example message.
 */
final class RuleHelp {
  private RuleHelp() {}

  /** The docs page, as packed by the build. */
  static final String RESOURCE = "/docs/validacion.md";

  /** One table row: {@code | `code` | when | example |}. */
  private static final Pattern ROW =
      Pattern.compile("^\\|\\s*`([a-z0-9-]+)`\\s*\\|(.*?)\\|(.*)\\|\\s*$");

  /** A check's row of the docs: when it fires, and an example message (both Markdown). */
  record Row(String when, String example) {
    /** The same text without Markdown code marks, for plain-text viewers. */
    String plainWhen() {
      return plain(when);
    }

    String plainExample() {
      return plain(example);
    }

    private static String plain(String markdown) {
      return markdown.replace("`", "");
    }
  }

  private static final Map<String, Row> ROWS = load();

  /** The docs row of {@code code}, if the docs have one. */
  static Optional<Row> of(String code) {
    return Optional.ofNullable(ROWS.get(code));
  }

  private static Map<String, Row> load() {
    Map<String, Row> rows = new HashMap<>();
    try (InputStream in = RuleHelp.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return rows;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        Matcher m = ROW.matcher(line);
        if (m.matches()) {
          rows.putIfAbsent(m.group(1), new Row(m.group(2).strip(), m.group(3).strip()));
        }
      }
    } catch (IOException e) {
      // Our own jar's resource: without it the rules keep their one-line description.
      return rows;
    }
    return rows;
  }
}
