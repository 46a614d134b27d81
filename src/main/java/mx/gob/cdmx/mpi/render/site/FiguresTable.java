package mx.gob.cdmx.mpi.render.site;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.render.report.Disclosure;
import mx.gob.cdmx.mpi.render.report.GrowthWording;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The site's table of figures, {@code datos/indicadores-PERIODO.csv} and {@code .json} (columns in
 * docs/transparencia.md, «Las descargas de cifras»): one row per indicator of the public edition.
 * Every column that carries a figure holds only a plain number (dot decimal, no grouping, no %
 * sign; a JSON number) or nothing, so that a spreadsheet can add it; what qualified the figure on
 * the pages — its unit, a fraction of a whole action, «parcial», «menos de 5», «reservado», a
 * growth formula's «variación … respecto de …» — goes in a text column beside it. A figure the
 * public edition withholds is never written as a number: a number column is filled only when the
 * public page shows that same figure.
 */
final class FiguresTable {

  static final List<String> COLUMNS =
      List.of(
          "indicador",
          "nombre",
          "programa",
          "estado",
          "meta_anual",
          "meta_al_corte",
          "meta_anual_texto",
          "meta_al_corte_texto",
          "realizado_periodo",
          "realizado_acumulado",
          "cobertura_periodo",
          "cobertura_acumulado",
          "nota_realizado_periodo",
          "nota_realizado_acumulado",
          "resultado_periodo",
          "resultado_acumulado",
          "nota_resultado_periodo",
          "nota_resultado_acumulado",
          "avance",
          "avance_esperado",
          "nota_avance");

  private static final String NONE = "—";

  private final Evaluation evaluation;
  private final ReportModel model;
  private final Map<String, IndicatorResult> results = new LinkedHashMap<>();
  private final String small;

  /** The table of {@code model}, the public edition of {@code evaluation}. */
  FiguresTable(Evaluation evaluation, ReportModel model) {
    this.evaluation = evaluation;
    this.model = model;
    evaluation.results().forEach(r -> results.put(r.indicator().id(), r));
    this.small = Disclosure.smallText(evaluation.plan().publication().threshold());
  }

  /** The rows, each in the order of {@link #COLUMNS}: strings, numbers or null. */
  List<List<Object>> rows() {
    List<List<Object>> out = new ArrayList<>();
    for (IndicatorView v : model.indicators()) {
      out.add(row(v, results.get(v.id()), evaluation.period()));
    }
    return out;
  }

  private List<Object> row(IndicatorView v, IndicatorResult r, Period period) {
    String realizedPeriod = v.period().realized();
    String realizedToDate = v.toDate().realized();
    boolean resultPeriod = Disclosure.WITHHELD.equals(v.period().result());
    boolean resultToDate = Disclosure.WITHHELD.equals(v.toDate().result());
    boolean progress = Disclosure.WITHHELD.equals(v.progress().text());
    boolean percent = percent(r);
    return Arrays.asList(
        v.id(),
        v.name(),
        v.programId(),
        v.statusText(),
        plain(r.target()),
        plain(r.toDate().target()),
        v.target() == null ? null : v.target().annualGoal(),
        text(v.toDate().target()),
        hidden(realizedPeriod) == null ? plain(r.period().realized()) : null,
        hidden(realizedToDate) == null ? plain(r.toDate().realized()) : null,
        r.period().coverage().word(),
        r.toDate().coverage().word(),
        hidden(realizedPeriod),
        hidden(realizedToDate),
        resultPeriod ? null : result(r.period().result(), percent),
        resultToDate ? null : result(r.toDate().result(), percent),
        resultPeriod ? Disclosure.WITHHELD : GrowthWording.label(r, period, false),
        resultToDate ? Disclosure.WITHHELD : GrowthWording.label(r, period, true),
        progress ? null : oneDecimal(r.progress()),
        oneDecimal(v.progress().expectedValue()),
        progress ? Disclosure.WITHHELD : null);
  }

  /**
   * «menos de N» or «reservado» when the page shows {@code shown} in place of a count, else null.
   */
  private String hidden(String shown) {
    return small.equals(shown) || Disclosure.WITHHELD.equals(shown) ? shown : null;
  }

  /** A page's text, or null where the page writes «—» (no figure). */
  private static String text(String shown) {
    return shown == null || NONE.equals(shown) ? null : shown;
  }

  /** A formula is read as a percentage when it ends in {@code * 100}, as the pages read it. */
  private static boolean percent(IndicatorResult r) {
    return r.formula().text().replaceAll("\\s+", "").endsWith("*100");
  }

  /**
   * A result as the pages round it, without grouping or a % sign: one decimal when the formula ends
   * in {@code * 100} (66.7 for «66.7 %»), the figure itself otherwise; null without one.
   */
  static BigDecimal result(BigDecimal value, boolean percent) {
    return percent ? oneDecimal(value) : plain(value);
  }

  /** One decimal, half-up, as the pages write a percentage (50 → 50.0); null for null. */
  private static BigDecimal oneDecimal(BigDecimal value) {
    return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
  }

  /** A figure as the pages write it (up to ten decimals), without trailing zeros; null for null. */
  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal s = value.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** The CSV: UTF-8 with a byte-order mark, comma-separated, numbers in plain notation. */
  byte[] csv() {
    StringWriter w = new StringWriter();
    w.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(w, CSVFormat.EXCEL)) {
      printer.printRecord(COLUMNS);
      for (List<Object> row : rows()) {
        List<Object> cells = new ArrayList<>(row);
        cells.replaceAll(x -> x instanceof BigDecimal b ? b.toPlainString() : x);
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The JSON: the plan, the period and one object per indicator with the CSV's keys. */
  byte[] json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("plan", model.planId());
    root.put("periodo", model.periodCode());
    root.put("edicion", "publica");
    List<Map<String, Object>> list = new ArrayList<>();
    for (List<Object> row : rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < COLUMNS.size(); i++) {
        m.put(COLUMNS.get(i), row.get(i));
      }
      list.add(m);
    }
    root.put("indicadores", list);
    try {
      return JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build()
          .writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
