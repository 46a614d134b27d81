package mx.gob.cdmx.mpi.render.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The glossary printed in the reports and the packet (docs/informes.md, «Glosario»). Its prose
 * lives in the resource {@code textos/glosario.txt}, not in code: one entry per block of lines, the
 * term first; {@code {umbrales}} stands for the plan's thresholds in words.
 */
public final class Glossary {

  private static final String RESOURCE = "/textos/glosario.txt";

  private Glossary() {}

  /** One term and its definition. */
  public record Entry(String term, String definition) {
    public Entry {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(definition, "definition");
    }
  }

  /** The entries, in the resource's order, with {@code thresholds} in place of {umbrales}. */
  public static List<Entry> entries(String thresholds) {
    return parse(read(), thresholds);
  }

  static List<Entry> parse(String text, String thresholds) {
    List<Entry> out = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : (text + "\n\n").split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith("#")) {
        continue;
      }
      if (!t.isEmpty()) {
        block.add(t);
      } else if (!block.isEmpty()) {
        String definition = String.join(" ", block.subList(1, block.size()));
        out.add(new Entry(block.get(0), definition.replace("{umbrales}", thresholds).strip()));
        block.clear();
      }
    }
    return List.copyOf(out);
  }

  private static String read() {
    try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
