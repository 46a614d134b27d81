package mx.gob.cdmx.mpi.render.report;

import java.util.List;
import mx.gob.cdmx.mpi.evaluate.Pending;

/**
 * The «Información pendiente» section of the report and the packet: the same computation as {@code
 * mpi faltantes} ({@link Pending}), by responsible area. {@code summary} is the count in words.
 */
public record PendingView(String summary, List<Area> areas) {

  public PendingView {
    areas = List.copyOf(areas);
  }

  /** One responsible area and what it has not sent. */
  public record Area(String name, List<Item> items) {
    public Area {
      items = List.copyOf(items);
    }
  }

  /** One indicator variable: id, name, variable and what is missing in words. */
  public record Item(String id, String name, String variable, String detail) {}

  /**
   * At most this many items are listed in a document; past it the section says how many there are
   * and that {@code mpi faltantes} gives them all (a national plan can lack hundreds of thousands).
   */
  public static final int LISTED = 200;

  /** The view of {@code pending}, listing at most {@link #LISTED} items in plan order. */
  public static PendingView of(Pending pending) {
    List<Area> areas = new java.util.ArrayList<>();
    int room = LISTED;
    for (var e : pending.byArea().entrySet()) {
      if (room == 0) {
        break;
      }
      List<Item> items =
          e.getValue().stream()
              .limit(room)
              .map(
                  i -> new Item(i.indicator().id(), i.indicator().name(), i.variable(), i.detail()))
              .toList();
      room -= items.size();
      areas.add(new Area(e.getKey(), items));
    }
    int count = pending.count();
    String summary =
        count <= LISTED
            ? pending.summary()
            : pending.summary()
                + " Por su extensión aquí van sólo los primeros "
                + LISTED
                + "; «mpi faltantes» da la lista completa.";
    return new PendingView(summary, areas);
  }

  /** True when nothing is pending. */
  public boolean isEmpty() {
    return areas.isEmpty();
  }
}
