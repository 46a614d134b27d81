package mx.gob.cdmx.mpi.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.measure.DataSet;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Areas;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Variable;

/**
 * The information still pending for a period (docs/excel.md, «mpi faltantes»): every indicator and
 * declared variable with no row lying inside the period — the figure the report reads «Sin datos» —
 * or with rows for only some of its months, grouped by responsible area ({@link Areas}) in the
 * order the plan first names each area. {@code expected} counts every indicator and variable of the
 * plan: each needs a row every period, zero included.
 */
public record Pending(Period period, int expected, Map<String, List<Item>> byArea) {

  /** One indicator variable with no row, or with months missing ({@code missingMonths}). */
  public record Item(
      Indicator indicator,
      String variable,
      List<Integer> missingMonths,
      boolean partial,
      String why) {

    public Item {
      missingMonths = List.copyOf(missingMonths);
    }

    /**
     * What is missing, in words, as the report's reason says it: «sin datos», «faltan mayo y
     * junio», with «(la fila 2025-B2 no se puede partir en esta ventana)» when a row straddles it.
     */
    public String detail() {
      return (partial ? Spanish.missing(missingMonths) : "sin datos") + why;
    }
  }

  public Pending {
    Map<String, List<Item>> copy = new LinkedHashMap<>();
    byArea.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    byArea = Collections.unmodifiableMap(copy);
  }

  /** What {@code data} lacks for {@code period} of {@code plan}. */
  public static Pending of(Plan plan, DataSet data, Period period) {
    Map<String, List<Item>> byArea = new LinkedHashMap<>();
    int expected = 0;
    for (Indicator i : plan.indicators()) {
      for (Variable v : i.variables()) {
        expected++;
        WindowData w = WindowData.of(data.rows(i.id(), v.name()), period.months(), v.aggregation());
        if (w.coverage() != Coverage.COMPLETE) {
          Item item =
              new Item(
                  i,
                  v.name(),
                  w.missing(),
                  w.coverage() == Coverage.PARTIAL,
                  IndicatorEvaluation.straddling(w));
          byArea.computeIfAbsent(Areas.of(i), a -> new ArrayList<>()).add(item);
        }
      }
    }
    return new Pending(period, expected, byArea);
  }

  /** The pending evaluation's information. */
  public static Pending of(Evaluation evaluation) {
    return of(evaluation.plan(), evaluation.data(), evaluation.period());
  }

  /** How many indicator variables are pending. */
  public int count() {
    return byArea.values().stream().mapToInt(List::size).sum();
  }

  /** The count in words: «3 datos pendientes de 28 esperados, en 2 áreas.» */
  public String summary() {
    if (isEmpty()) {
      return "Nada pendiente: los " + expected + " datos esperados tienen filas.";
    }
    int n = count();
    int areas = byArea.size();
    return n
        + (n == 1 ? " dato pendiente" : " datos pendientes")
        + " de "
        + expected
        + " esperados, en "
        + areas
        + (areas == 1 ? " área." : " áreas.");
  }

  /** True when nothing is pending. */
  public boolean isEmpty() {
    return byArea.isEmpty();
  }
}
