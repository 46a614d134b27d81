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
          new Field("coverage", r -> r.coverage().code()),
          new Field("target", IndicatorResult::target),
          new Field("target_period", IndicatorResult::targetPeriod),
          new Field("target_to_date", IndicatorResult::targetToDate),
          new Field("realized_period", IndicatorResult::realizedPeriod),
          new Field("realized_to_date", IndicatorResult::realizedToDate),
          new Field("result_period", IndicatorResult::resultPeriod),
          new Field("result_to_date", IndicatorResult::resultToDate),
          new Field("progress", IndicatorResult::progress),
          new Field("baseline_period", IndicatorResult::baselinePeriod),
          new Field("baseline_to_date", IndicatorResult::baselineToDate),
          new Field("reason", IndicatorResult::reason));

  private Fields() {}

  /** The keys, in order. */
  static List<String> keys() {
    return ALL.stream().map(Field::key).toList();
  }
}
