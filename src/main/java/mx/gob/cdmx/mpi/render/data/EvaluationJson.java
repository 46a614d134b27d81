package mx.gob.cdmx.mpi.render.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.evaluate.Status;
import mx.gob.cdmx.mpi.plan.Thresholds;
import mx.gob.cdmx.mpi.render.JsonStyle;

/**
 * {@code mpi evaluate --format json}: one object with {@code period}, {@code plan}, {@code
 * thresholds}, {@code indicators} (the 17 keys of docs/metodologia.md §12 each, plan order) and
 * {@code summary}; two-space indent, {@code \n} line ends and a final newline, so equal inputs give
 * equal bytes.
 */
public final class EvaluationJson {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private EvaluationJson() {}

  /** The evaluation as JSON text. */
  public static String render(Evaluation evaluation) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(JsonStyle.printer());
      g.writeStartObject();
      g.writeStringField("period", evaluation.period().code());
      g.writeObjectFieldStart("plan");
      g.writeStringField("id", evaluation.plan().id());
      g.writeNumberField("year", evaluation.plan().year());
      g.writeEndObject();
      Thresholds t = evaluation.plan().thresholds();
      g.writeObjectFieldStart("thresholds");
      g.writeNumberField("green", t.green());
      g.writeNumberField("yellow", t.yellow());
      g.writeNumberField("over_target", t.overTarget());
      g.writeEndObject();
      g.writeArrayFieldStart("indicators");
      for (IndicatorResult r : evaluation.results()) {
        writeIndicator(g, r);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      for (Map.Entry<Status, Integer> e : evaluation.summary().entrySet()) {
        g.writeNumberField(e.getKey().code(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void writeIndicator(JsonGenerator g, IndicatorResult r) throws IOException {
    g.writeStartObject();
    for (Fields.Field f : Fields.ALL) {
      Object value = f.value().apply(r);
      g.writeFieldName(f.key());
      if (value == null) {
        g.writeNull();
      } else if (value instanceof BigDecimal d) {
        g.writeNumber(d);
      } else if (value instanceof Boolean b) {
        g.writeBoolean(b);
      } else {
        g.writeString(value.toString());
      }
    }
    g.writeEndObject();
  }
}
