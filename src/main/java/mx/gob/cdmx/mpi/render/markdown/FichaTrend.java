package mx.gob.cdmx.mpi.render.markdown;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mx.gob.cdmx.mpi.render.EsMx;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.MonthSeries;

/**
 * The year's trend of one indicator as its Markdown ficha shows it (docs/informes.md, «Tendencia
 * del año»): the link to its SVG chart ({@code chart}, null when there is nothing to draw) with the
 * chart's alternative text ({@code alt}), and the same points as text — one {@link Row} per month
 * whose data cover January to that month, with the realized to date and, when the schedule gives a
 * cumulative numeric target ({@code scheduled}), that target and the realized over it —, so that a
 * screen reader or a plain-text reader gets every figure of the chart. {@code remarks} say why
 * months are missing or what a «—» means.
 */
public record FichaTrend(
    String chart, String alt, boolean scheduled, List<Row> rows, List<String> remarks) {

  /** One month: its name, the realized to date, the cumulative target and the share of it. */
  public record Row(String month, String realized, String expected, String share) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public FichaTrend {
    Objects.requireNonNull(alt, "alt");
    rows = List.copyOf(rows);
    remarks = List.copyOf(remarks);
  }

  /**
   * The trend of {@code v} in {@code year}, up to month {@code lastMonth} (the report period's
   * last); {@code chart} is the link to its SVG or null; {@code publicEdition} when the figures of
   * the public edition are shown (it withholds the months of indicators that count people).
   */
  static FichaTrend of(
      IndicatorView v, String year, int lastMonth, String chart, boolean publicEdition) {
    MonthSeries series = v.months();
    boolean scheduled = series != null && series.expected().stream().anyMatch(Objects::nonNull);
    List<Row> rows = new ArrayList<>();
    boolean nothingExpected = false;
    for (int m = 1; series != null && m <= 12; m++) {
      BigDecimal realized = series.realized().get(m - 1);
      if (realized == null) {
        continue;
      }
      BigDecimal expected = scheduled ? series.expected().get(m - 1) : null;
      nothingExpected |= expected != null && expected.signum() == 0;
      rows.add(
          new Row(
              EsMx.capitalized(EsMx.month(m)),
              EsMx.number(realized),
              expected == null ? null : EsMx.number(expected),
              expected == null ? null : share(realized, expected)));
    }
    List<String> remarks = new ArrayList<>();
    if (rows.isEmpty()) {
      remarks.add(
          publicEdition && !"—".equals(v.toDate().realized())
              ? "En la edición pública no se publican las cifras mes a mes de este indicador:"
                  + " cuenta personas o casos, y la diferencia entre dos meses daría la cuenta de"
                  + " cada mes."
              : "Ningún mes de "
                  + year
                  + " tiene cifra acumulada: faltan datos de algún mes desde"
                  + " enero.");
    } else if (series.realized().get(lastMonth - 1) == null) {
      remarks.add(
          "Sin cifra al cierre de "
              + EsMx.month(lastMonth)
              + ": faltan datos de algún mes desde enero.");
    }
    if (nothingExpected) {
      remarks.add("«—» en la última columna: en ese mes el calendario todavía no espera avance.");
    }
    return new FichaTrend(
        chart, alt(v, year, scheduled, !rows.isEmpty()), scheduled, rows, remarks);
  }

  /** The realized as a percentage of the cumulative target; "—" when nothing is expected yet. */
  private static String share(BigDecimal realized, BigDecimal expected) {
    if (expected.signum() == 0) {
      return "—";
    }
    return EsMx.percent(realized.multiply(HUNDRED).divide(expected, MathContext.DECIMAL128));
  }

  private static String alt(IndicatorView v, String year, boolean scheduled, boolean table) {
    return "Gráfica: tendencia de "
        + v.id()
        + " en "
        + year
        + ", realizado acumulado al cierre de cada mes (línea)"
        + (scheduled ? " frente a la meta acumulada del calendario (barras)" : "")
        + (table ? "; las cifras están en la tabla que sigue" : "");
  }
}
