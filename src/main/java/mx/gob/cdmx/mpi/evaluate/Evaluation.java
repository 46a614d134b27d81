package mx.gob.cdmx.mpi.evaluate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.measure.DataSet;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Plan;

/** The evaluation of every indicator of a plan for one report period, in plan order. */
public record Evaluation(Plan plan, Period period, DataSet data, List<IndicatorResult> results) {

  public Evaluation {
    results = List.copyOf(results);
  }

  /**
   * The number of indicators per status, every status present (zero when none), in status order.
   */
  public Map<Status, Integer> summary() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return counts;
  }
}
