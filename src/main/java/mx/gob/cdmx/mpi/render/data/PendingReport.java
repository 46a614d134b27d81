package mx.gob.cdmx.mpi.render.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.evaluate.Pending;
import mx.gob.cdmx.mpi.render.JsonStyle;
import mx.gob.cdmx.mpi.render.markdown.MarkdownOutputFormat;

/**
 * {@code mpi faltantes}: the information pending for a period ({@link Pending}) as text, JSON or
 * Markdown, grouped by responsible area (docs/excel.md).
 */
public final class PendingReport {

  private PendingReport() {}

  /** Plain text for a terminal. */
  public static String text(Pending p) {
    StringBuilder sb = new StringBuilder();
    sb.append("Información pendiente · ").append(p.period().label()).append('\n');
    sb.append(p.summary()).append('\n');
    for (Map.Entry<String, List<Pending.Item>> e : p.byArea().entrySet()) {
      sb.append('\n').append(e.getKey()).append(" (").append(e.getValue().size()).append(")\n");
      for (Pending.Item i : e.getValue()) {
        sb.append("  ")
            .append(i.indicator().id())
            .append("  ")
            .append(i.indicator().name())
            .append(" · ")
            .append(i.variable())
            .append(": ")
            .append(i.detail())
            .append('\n');
      }
    }
    return sb.toString();
  }

  /** Markdown: a heading per area and a list of its pending items. */
  public static String markdown(Pending p) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Información pendiente · ").append(p.period().label()).append("\n\n");
    sb.append(p.summary()).append('\n');
    for (Map.Entry<String, List<Pending.Item>> e : p.byArea().entrySet()) {
      sb.append("\n## ")
          .append(MarkdownOutputFormat.escape(e.getKey()))
          .append(" (")
          .append(e.getValue().size())
          .append(")\n\n");
      for (Pending.Item i : e.getValue()) {
        sb.append("- **")
            .append(MarkdownOutputFormat.escape(i.indicator().id()))
            .append("** ")
            .append(MarkdownOutputFormat.escape(i.indicator().name()))
            .append(" · `")
            .append(i.variable())
            .append("`: ")
            .append(i.detail())
            .append('\n');
      }
    }
    return sb.toString();
  }

  /** JSON: period, counts and the areas with their items; two-space indent, final newline. */
  public static String json(Pending p) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(JsonStyle.printer());
      g.writeStartObject();
      g.writeStringField("period", p.period().code());
      g.writeNumberField("expected", p.expected());
      g.writeNumberField("pending", p.count());
      g.writeArrayFieldStart("areas");
      for (Map.Entry<String, List<Pending.Item>> e : p.byArea().entrySet()) {
        g.writeStartObject();
        g.writeStringField("area", e.getKey());
        g.writeNumberField("pending", e.getValue().size());
        g.writeArrayFieldStart("items");
        for (Pending.Item i : e.getValue()) {
          item(g, i);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void item(JsonGenerator g, Pending.Item i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.indicator().id());
    g.writeStringField("name", i.indicator().name());
    g.writeStringField("variable", i.variable());
    g.writeStringField("coverage", i.partial() ? "partial" : "none");
    g.writeArrayFieldStart("missing_months");
    for (int m : i.missingMonths()) {
      g.writeNumber(m);
    }
    g.writeEndArray();
    g.writeStringField("detail", i.detail());
    g.writeEndObject();
  }
}
