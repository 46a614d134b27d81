package mx.gob.cdmx.mpi.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.plan.Areas;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Program;

/** The plan as an aligned text table for a terminal ({@code mpi plan show}). */
public final class PlanTable {

  private static final int NAME_WIDTH = 48;

  private PlanTable() {}

  /**
   * The responsible areas of the plan ({@link Areas}), each with its number of indicators and their
   * ids, in the order the plan first names them, ending with a count line.
   */
  public static String areas(Plan plan) {
    StringBuilder sb = new StringBuilder();
    Map<String, Integer> counts = Areas.count(plan);
    for (var e : counts.entrySet()) {
      List<String> ids =
          plan.indicators().stream()
              .filter(i -> Areas.of(i).equals(e.getKey()))
              .map(Indicator::id)
              .toList();
      sb.append(e.getKey())
          .append("\n  ")
          .append(e.getValue())
          .append(e.getValue() == 1 ? " indicador: " : " indicadores: ")
          .append(String.join(", ", ids))
          .append("\n");
    }
    sb.append("\n")
        .append(counts.size())
        .append(counts.size() == 1 ? " área" : " áreas")
        .append(" tal como las escriben las fichas del plan; «mpi template --responsable TEXTO»")
        .append(" elige las que contienen TEXTO.\n");
    return sb.toString();
  }

  /** The whole table, programme by programme, ending with a count line. */
  public static String render(Plan plan) {
    StringBuilder sb = new StringBuilder();
    sb.append(plan.title())
        .append(" — ")
        .append(plan.shortName())
        .append(" (plan ")
        .append(plan.id())
        .append(", ")
        .append(plan.source().name())
        .append(")\n");
    sb.append("Semáforo: verde ≥ ")
        .append(EsMx.number(plan.thresholds().green()))
        .append(", amarillo ≥ ")
        .append(EsMx.number(plan.thresholds().yellow()))
        .append(", rojo < ")
        .append(EsMx.number(plan.thresholds().yellow()))
        .append("; sobrecumplimiento > ")
        .append(EsMx.number(plan.thresholds().overTarget()))
        .append("\n");
    String[] header = {"id", "nombre", "meta", "unidad", "frecuencia", "calendario", "fórmula"};
    for (var entry : plan.indicatorsByProgram().entrySet()) {
      Program p = entry.getKey();
      sb.append("\n").append(p.id()).append(". ").append(p.name()).append("\n");
      List<String[]> rows = new ArrayList<>();
      rows.add(header);
      for (Indicator i : entry.getValue()) {
        rows.add(
            new String[] {
              i.id(),
              shorten(i.name()),
              i.target() == null ? "sin meta" : EsMx.number(i.target()),
              i.unit() == null ? "—" : i.unit(),
              i.frequency() == null ? "—" : i.frequency().yaml(),
              i.schedule() == null ? "—" : i.schedule().toString(),
              i.formula().text()
            });
      }
      sb.append(TextTable.render(rows));
    }
    long noTarget = plan.indicators().stream().filter(i -> i.target() == null).count();
    int n = plan.indicators().size();
    int programs = plan.programs().size();
    sb.append("\n")
        .append(n)
        .append(n == 1 ? " indicador en " : " indicadores en ")
        .append(programs)
        .append(programs == 1 ? " programa; " : " programas; ")
        .append(n - noTarget)
        .append(" con meta numérica, ")
        .append(noTarget)
        .append(" sin meta.\n");
    return sb.toString();
  }

  private static String shorten(String s) {
    int cps = s.codePointCount(0, s.length());
    if (cps <= NAME_WIDTH) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, NAME_WIDTH - 1)).trim() + "…";
  }
}
