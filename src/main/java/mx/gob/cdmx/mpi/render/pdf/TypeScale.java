package mx.gob.cdmx.mpi.render.pdf;

/**
 * The one type scale of the reports and the packet, in points (docs/informes.md, «Accesibilidad»):
 * body text at least 10, tables at least 9, chart text at least 8 in near-black.
 */
public final class TypeScale {

  /** The title of a document's first page. */
  public static final float TITLE = 20;

  /** A section heading (a programme, an annex). */
  public static final float H1 = 14;

  /** A sub-section heading (a ficha, a part of the summary). */
  public static final float H2 = 11.5f;

  /** Running text, key–value lists, notes. */
  public static final float BODY = 10;

  /** Table cells and their headers; captions and secondary lines under a heading. */
  public static final float TABLE = 9;

  /** Text inside charts: axis labels, bar labels, legends. */
  public static final float CHART = 8;

  /** The running header and footer of each page. */
  public static final float MARGINAL = 8;

  private TypeScale() {}
}
