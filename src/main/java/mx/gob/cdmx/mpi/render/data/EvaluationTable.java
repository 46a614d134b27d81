package mx.gob.cdmx.mpi.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.evaluate.Status;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Thresholds;
import mx.gob.cdmx.mpi.render.EsMx;
import mx.gob.cdmx.mpi.render.TextTable;

/**
 * {@code mpi evaluate --format table}: the evaluation for a person at a terminal — a title with the
 * thresholds, one aligned row per indicator (status as a word, optionally coloured with ANSI
 * codes), the reasons for missing figures and a count per status.
 */
public final class EvaluationTable {

  private static final String[] HEADER = {
    "id",
    "estado",
    "avance anual %",
    "resultado acum.",
    "meta acum.",
    "realizado acum.",
    "cobertura"
  };
  private static final boolean[] RIGHT = {false, false, true, true, true, true, false};
  private static final String RESET = "\u001B[0m";
  private static final String OVER_TARGET = " (sobrecumplimiento)";

  private EvaluationTable() {}

  /** The table as text; {@code color} adds ANSI colour to the status words. */
  public static String render(Evaluation evaluation, boolean color) {
    StringBuilder sb = new StringBuilder();
    heading(sb, evaluation);
    table(sb, evaluation, color);
    reasons(sb, evaluation);
    sb.append('\n').append(evaluation.results().size()).append(" indicadores: ");
    List<String> counts = new ArrayList<>();
    for (Map.Entry<Status, Integer> e : evaluation.summary().entrySet()) {
      counts.add(e.getKey().word().toLowerCase(Locale.ROOT) + " " + e.getValue());
    }
    sb.append(String.join(", ", counts)).append(".\n");
    return sb.toString();
  }

  /** The plan, the period and the thresholds, then a blank line. */
  private static void heading(StringBuilder sb, Evaluation evaluation) {
    Plan plan = evaluation.plan();
    sb.append(plan.shortName() == null ? plan.id() : plan.shortName() + " · plan " + plan.id())
        .append(" · evaluación: ")
        .append(evaluation.period().label())
        .append('\n');
    Thresholds t = plan.thresholds();
    sb.append("Semáforo (resultado acumulado): verde ≥ ")
        .append(EsMx.number(t.green()))
        .append(", amarillo ≥ ")
        .append(EsMx.number(t.yellow()))
        .append(", rojo < ")
        .append(EsMx.number(t.yellow()))
        .append("; sobrecumplimiento > ")
        .append(EsMx.number(t.overTarget()))
        .append('\n');
    sb.append('\n');
  }

  /** One row per indicator under a ruled header; the status coloured when {@code color}. */
  private static void table(StringBuilder sb, Evaluation evaluation, boolean color) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (IndicatorResult r : evaluation.results()) {
      rows.add(
          new String[] {
            r.indicator().id(),
            r.status().word() + (r.overTarget() ? OVER_TARGET : ""),
            EsMx.oneDecimal(r.progress()),
            EsMx.oneDecimal(r.toDate().result()),
            EsMx.number(r.toDate().target())
                + (r.toDate().target() != null && r.indicator().isPercentTarget() ? " %" : ""),
            EsMx.number(r.toDate().realized()),
            r.toDate().coverage().word()
          });
    }
    int[] width = widths(rows);
    for (int i = 0; i < rows.size(); i++) {
      Status status = i == 0 ? null : evaluation.results().get(i - 1).status();
      line(sb, rows.get(i), width, color ? status : null);
      if (i == 0) {
        String[] rule = new String[HEADER.length];
        for (int c = 0; c < rule.length; c++) {
          rule[c] = "-".repeat(width[c]);
        }
        line(sb, rule, width, null);
      }
    }
  }

  /** "Motivos:" and the reason of every indicator that has one. */
  private static void reasons(StringBuilder sb, Evaluation evaluation) {
    List<IndicatorResult> explained =
        evaluation.results().stream().filter(r -> r.reason() != null).toList();
    if (!explained.isEmpty()) {
      sb.append("\nMotivos:\n");
      int idWidth =
          explained.stream().mapToInt(r -> TextTable.length(r.indicator().id())).max().orElse(0);
      for (IndicatorResult r : explained) {
        sb.append("  ")
            .append(pad(r.indicator().id(), idWidth, false))
            .append("  ")
            .append(r.reason())
            .append('\n');
      }
    }
  }

  private static int[] widths(List<String[]> rows) {
    int[] width = new int[HEADER.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], TextTable.length(row[c]));
      }
    }
    return width;
  }

  private static void line(StringBuilder sb, String[] row, int[] width, Status colored) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < row.length; c++) {
      String cell = pad(row[c], width[c], RIGHT[c]);
      if (c == 1 && colored != null) {
        String text = row[c];
        cell = ansi(colored) + text + RESET + cell.substring(text.length());
      }
      line.append(cell);
      if (c < row.length - 1) {
        line.append("  ");
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  private static String pad(String text, int width, boolean right) {
    String spaces = " ".repeat(Math.max(0, width - TextTable.length(text)));
    return right ? spaces + text : text + spaces;
  }

  /** The ANSI colour of a status: the basic 16 colours, which every terminal shows. */
  private static String ansi(Status status) {
    return switch (status) {
      case GREEN -> "\u001B[32m";
      case YELLOW -> "\u001B[33m";
      case RED -> "\u001B[1;31m";
      case PARTIAL -> "\u001B[36m";
      case NOT_DUE -> "\u001B[35m";
      case NO_DATA, NO_TARGET -> "\u001B[90m";
    };
  }
}
