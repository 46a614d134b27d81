package mx.gob.cdmx.mpi.render.data;

import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;

/**
 * The 17 fields of {@link Fields} as the staff read them in a spreadsheet: Spanish headers, and the
 * status, coverage and over-target flag as words (docs/metodologia.md §12). Figures stay numbers.
 */
final class SpanishFields {

  /** Spanish header of each key. */
  private static final Map<String, String> HEADERS =
      Map.ofEntries(
          Map.entry("id", "indicador"),
          Map.entry("name", "nombre"),
          Map.entry("program", "programa"),
          Map.entry("status", "estado"),
          Map.entry("over_target", "sobrecumplimiento"),
          Map.entry("coverage", "cobertura"),
          Map.entry("target", "meta anual"),
          Map.entry("target_period", "meta del periodo"),
          Map.entry("target_to_date", "meta acumulada"),
          Map.entry("realized_period", "realizado del periodo"),
          Map.entry("realized_to_date", "realizado acumulado"),
          Map.entry("result_period", "resultado del periodo"),
          Map.entry("result_to_date", "resultado acumulado"),
          Map.entry("progress", "avance anual %"),
          Map.entry("baseline_period", "línea base del periodo"),
          Map.entry("baseline_to_date", "línea base acumulada"),
          Map.entry("reason", "motivo"));

  private SpanishFields() {}

  /** The Spanish headers, in the order of the fields. */
  static List<String> headers() {
    return Fields.ALL.stream().map(f -> HEADERS.get(f.key())).toList();
  }

  /** The value of {@code field} for {@code r}: words for status, coverage and over-target. */
  static Object value(Fields.Field field, IndicatorResult r) {
    return switch (field.key()) {
      case "status" -> r.status().word();
      case "coverage" -> r.toDate().coverage().word();
      case "over_target" -> r.overTarget() ? "sí" : "no";
      default -> field.value().apply(r);
    };
  }
}
