package mx.gob.cdmx.mpi.render.report;

import java.util.List;
import java.util.Objects;
import mx.gob.cdmx.mpi.evaluate.Status;

/**
 * A status as people see it: its code, its Spanish word, its colour ({@code #RRGGBB}) and the emoji
 * circle of the same colour that Markdown shows before the word (colour is never alone).
 */
public record StatusView(String code, String word, String color, String emoji) {

  /** The order in which reports list statuses: the semáforo first, then the missing figures. */
  public static final List<Status> DISPLAY_ORDER =
      List.of(
          Status.GREEN,
          Status.YELLOW,
          Status.RED,
          Status.PARTIAL,
          Status.NOT_DUE,
          Status.NO_DATA,
          Status.NO_TARGET);

  public StatusView {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(emoji, "emoji");
  }

  /** The view of {@code status}. */
  public static StatusView of(Status status) {
    return new StatusView(status.code(), status.word(), status.color(), emoji(status));
  }

  /**
   * The period status of the public edition when the period's result is withheld
   * (docs/transparencia.md): its colour would tell in which range the result falls, so it reads
   * «Reservado» with the mark of a missing figure.
   */
  public static StatusView withheld() {
    StatusView none = of(Status.NO_DATA);
    return new StatusView(none.code(), "Reservado", none.color(), none.emoji());
  }

  /** Every status in {@link #DISPLAY_ORDER}. */
  public static List<StatusView> legend() {
    return DISPLAY_ORDER.stream().map(StatusView::of).toList();
  }

  private static String emoji(Status status) {
    return switch (status) {
      case GREEN -> "🟢";
      case YELLOW -> "🟡";
      case RED -> "🔴";
      case PARTIAL -> "🔵";
      case NOT_DUE -> "🟣";
      case NO_DATA -> "⚪";
      case NO_TARGET -> "⚫";
    };
  }
}
