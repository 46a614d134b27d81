package mx.gob.cdmx.mpi.render.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;

/**
 * The 17 fields of one evaluated indicator, in the order of docs/metodologia.md §12, shared by the
 * JSON and CSV writers. A field's value is a {@link String}, {@link BigDecimal}, {@link Boolean} or
 * null.
 */
final class Fields {

  /** One field: its key and how to read it from a result. */
  record Field(String key, Function<IndicatorResult, Object> value) {}

  static final List<Field> ALL =
      List.of(
          new Field("id", r -> r.indicator().id()),
          new Field("name", r -> r.indicator().name()),
          new Field("program", r -> r.indicator().programId()),
          new Field("status", r -> r.status().code()),
          new Field("over_target", IndicatorResult::overTarget),
          new Field("coverage", r -> r.toDate().coverage().code()),
          new Field("target", IndicatorResult::target),
          new Field("target_period", r -> r.period().target()),
          new Field("target_to_date", r -> r.toDate().target()),
          new Field("realized_period", r -> r.period().realized()),
          new Field("realized_to_date", r -> r.toDate().realized()),
          new Field("result_period", r -> r.period().result()),
          new Field("result_to_date", r -> r.toDate().result()),
          new Field("progress", IndicatorResult::progress),
          new Field("baseline_period", r -> r.period().baseline()),
          new Field("baseline_to_date", r -> r.toDate().baseline()),
          new Field("reason", IndicatorResult::reason));

  private Fields() {}

  /** The keys, in order. */
  static List<String> keys() {
    return ALL.stream().map(Field::key).toList();
  }
}
