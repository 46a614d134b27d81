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

  /** The view of {@code pending}. */
  public static PendingView of(Pending pending) {
    List<Area> areas =
        pending.byArea().entrySet().stream()
            .map(
                e ->
                    new Area(
                        e.getKey(),
                        e.getValue().stream()
                            .map(
                                i ->
                                    new Item(
                                        i.indicator().id(),
                                        i.indicator().name(),
                                        i.variable(),
                                        i.detail()))
                            .toList()))
            .toList();
    return new PendingView(pending.summary(), areas);
  }

  /** True when nothing is pending. */
  public boolean isEmpty() {
    return areas.isEmpty();
  }
}
