package mx.gob.cdmx.mpi.render.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.Evaluator;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.render.EsMx;
import mx.gob.cdmx.mpi.render.markdown.MarkdownTemplates;
import mx.gob.cdmx.mpi.render.markdown.TemplateProblem;
import mx.gob.cdmx.mpi.render.report.Disclosure;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.ProgramSection;
import mx.gob.cdmx.mpi.render.report.PublicEdition;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import mx.gob.cdmx.mpi.render.sipot.SipotFiles;
import mx.gob.cdmx.mpi.render.sipot.SipotFormats;
import mx.gob.cdmx.mpi.render.sipot.SipotTable;

/**
 * Builds the static public site of one period (rules in {@code docs/transparencia.md}): every file
 * as bytes, by relative path, in a fixed order, so the same inputs give the same bytes. Pages come
 * from the templates of {@code templates/sitio/}; the figures are those of the public edition.
 */
public final class Site {

  /** The folder of the site's templates inside the templates set. */
  static final String TEMPLATES = "sitio/";

  /** The generator mark every page carries; an existing folder without it is never replaced. */
  public static final String GENERATOR = "mpi sitio";

  /** A link to a file of the site. */
  public record Link(String file, String label, String detail) {}

  /** One point of an indicator's trend, as the table beside the chart shows it. */
  public record TrendRow(String period, String value, String expected) {}

  /** The trend of an indicator: the chart, what its figures are, and its data table. */
  public record Trend(String svg, String caption, String valueHeader, List<TrendRow> rows) {}

  /** A programme's page. */
  public record ProgramPage(String file, ProgramSection section, List<IndicatorLink> indicators) {}

  /** An indicator in a list: its view and its page. */
  public record IndicatorLink(String file, IndicatorView view) {}

  /** An indicator's page. */
  public record IndicatorPage(
      String file, IndicatorView view, String programFile, String programName, Trend trend) {}

  private Site() {}

  /**
   * The site's files of {@code evaluation}; {@code issued} is the date of issue (null for none).
   */
  public static Map<String, byte[]> build(Evaluation evaluation, LocalDate issued)
      throws TemplateProblem {
    Period period = evaluation.period();
    int threshold = evaluation.plan().publication().threshold();
    Map<String, List<TrendRow>> trendRows = new LinkedHashMap<>();
    Map<String, List<TrendChart.Point>> points = new LinkedHashMap<>();
    Set<String> hidden = trend(evaluation, threshold, trendRows, points);
    ReportModel model = PublicEdition.of(ReportModel.of(evaluation, issued), evaluation, hidden);
    MarkdownTemplates templates = MarkdownTemplates.embeddedHtml();

    Map<String, byte[]> files = new LinkedHashMap<>();
    List<Link> downloads = downloads(evaluation, model, issued, files);
    List<ProgramPage> programs = new ArrayList<>();
    for (ProgramSection p : model.programs()) {
      programs.add(
          new ProgramPage(
              programFile(p.id()),
              p,
              p.indicators().stream()
                  .map(v -> new IndicatorLink(indicatorFile(v.id()), v))
                  .toList()));
    }
    Map<String, Object> common = new LinkedHashMap<>();
    common.put("report", model);
    common.put("generator", GENERATOR);
    common.put("caveats", caveats(evaluation, model, threshold));
    common.put("downloads", downloads);
    common.put("programs", programs);
    common.put("threshold", threshold);

    Map<String, byte[]> pages = new LinkedHashMap<>();
    pages.put("index.html", page(templates, "inicio.html.ftl", common, Map.of()));
    for (ProgramPage p : programs) {
      pages.put(p.file(), page(templates, "programa.html.ftl", common, Map.of("page", p)));
      for (IndicatorLink l : p.indicators()) {
        IndicatorView v = l.view();
        Trend trend =
            new Trend(
                TrendChart.svg(
                    "tendencia-" + v.id().replace('.', '-'),
                    "Tendencia de " + v.id() + " en " + period.year() + ": " + caption(v),
                    points.get(v.id()),
                    v.charted()),
                caption(v),
                v.charted() ? "Avance hacia la meta anual" : "Realizado en el año",
                trendRows.get(v.id()));
        IndicatorPage page = new IndicatorPage(l.file(), v, p.file(), p.section().name(), trend);
        pages.put(l.file(), page(templates, "indicador.html.ftl", common, Map.of("page", page)));
      }
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.putAll(pages);
    out.put("estilo.css", resource("/templates/" + TEMPLATES + "estilo.css"));
    out.putAll(files);
    return out;
  }

  private static String caption(IndicatorView v) {
    return v.charted()
        ? "avance acumulado hacia la meta anual al cierre de cada periodo del año (barras) y lo"
            + " que espera el calendario (marca discontinua)"
        : "lo realizado en el año al cierre de cada periodo";
  }

  /**
   * Evaluates every closed period of the year of the same kind up to the report period and fills
   * the trend rows and chart points of every indicator; returns the ids whose series withheld a
   * year-to-date figure before the last period (so the last one is withheld too).
   */
  private static Set<String> trend(
      Evaluation evaluation,
      int threshold,
      Map<String, List<TrendRow>> rows,
      Map<String, List<TrendChart.Point>> points) {
    Period period = evaluation.period();
    Set<String> hiddenBefore = new HashSet<>();
    Set<String> hiddenSoFar = new HashSet<>();
    for (int k = 1; k <= period.index(); k++) {
      Period pk = new Period(period.year(), period.kind(), k);
      Evaluation e =
          k == period.index()
              ? evaluation
              : Evaluator.evaluate(evaluation.plan(), evaluation.data(), pk);
      for (IndicatorResult r : e.results()) {
        String id = r.indicator().id();
        if (k == period.index() && hiddenSoFar.contains(id)) {
          hiddenBefore.add(id);
        }
        Disclosure d =
            Disclosure.inSeries(r, threshold, pk.firstMonth() == 1, hiddenSoFar.contains(id));
        if (d.realizedToDateWithheld()) {
          hiddenSoFar.add(id);
        }
        boolean charted =
            r.indicator().hasTarget()
                && !r.indicator().isPercentTarget()
                && r.indicator().schedule() != null;
        java.math.BigDecimal expected =
            charted ? r.indicator().schedule().at(pk.lastMonth()) : null;
        java.math.BigDecimal value;
        String text;
        if (charted) {
          value = d.toDateWithheld() ? null : r.progress();
          text = d.toDateWithheld() ? Disclosure.WITHHELD : EsMx.percent(r.progress());
        } else {
          value = d.realizedToDateWithheld() ? null : r.toDate().realized();
          text = d.realizedToDate(EsMx.number(r.toDate().realized()));
        }
        String label = label(pk);
        rows.computeIfAbsent(id, x -> new ArrayList<>())
            .add(
                new TrendRow(label, text, expected == null ? null : EsMx.percent(plain(expected))));
        points
            .computeIfAbsent(id, x -> new ArrayList<>())
            .add(
                new TrendChart.Point(
                    label,
                    value,
                    text,
                    expected,
                    expected == null ? null : EsMx.percent(expected)));
      }
    }
    return hiddenBefore;
  }

  private static java.math.BigDecimal plain(java.math.BigDecimal v) {
    java.math.BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static String label(Period p) {
    return EsMx.capitalized(p.months().label());
  }

  private static byte[] page(
      MarkdownTemplates templates,
      String name,
      Map<String, Object> common,
      Map<String, Object> extra)
      throws TemplateProblem {
    Map<String, Object> data = new LinkedHashMap<>(common);
    data.putAll(extra);
    return templates.render(TEMPLATES + name, data).getBytes(StandardCharsets.UTF_8);
  }

  /** The period's warnings, shown on the home page. */
  private static List<String> caveats(Evaluation evaluation, ReportModel model, int threshold) {
    List<String> out = new ArrayList<>();
    Period period = evaluation.period();
    int lastMonth = 0;
    for (Measurement m : evaluation.data().measurements()) {
      if (m.period().year() == period.year() && m.period().lastMonth() <= period.lastMonth()) {
        lastMonth = Math.max(lastMonth, m.period().lastMonth());
      }
    }
    if (lastMonth < period.lastMonth()) {
      out.add(
          "PRELIMINAR: el periodo termina en "
              + EsMx.month(period.lastMonth())
              + " pero los datos recibidos llegan sólo hasta "
              + (lastMonth == 0 ? "antes del periodo" : EsMx.month(lastMonth))
              + "; las cifras pueden cambiar.");
    }
    out.add("Cifras con datos al " + model.cutoffDate() + ".");
    long partial =
        evaluation.results().stream().filter(r -> r.status().code().equals("partial")).count();
    if (partial > 0) {
      out.add(
          partial
              + (partial == 1 ? " indicador tiene" : " indicadores tienen")
              + " datos parciales del periodo: su estado puede cambiar al completarse.");
    }
    out.add(
        "Edición pública: no incluye notas internas; las cuentas de 1 a "
            + (threshold - 1)
            + " personas o casos se muestran como «"
            + Disclosure.smallText(threshold)
            + "» y lo que permitiría deducirlas como «"
            + Disclosure.WITHHELD
            + "».");
    return out;
  }

  private static List<Link> downloads(
      Evaluation evaluation, ReportModel model, LocalDate issued, Map<String, byte[]> files) {
    String code = evaluation.period().code();
    List<Link> out = new ArrayList<>();
    FiguresTable figures = new FiguresTable(evaluation, model);
    String csv = "datos/indicadores-" + code + ".csv";
    files.put(csv, figures.csv());
    out.add(new Link(csv, "Cifras públicas del periodo", "CSV, UTF-8"));
    String json = "datos/indicadores-" + code + ".json";
    files.put(json, figures.json());
    out.add(new Link(json, "Cifras públicas del periodo", "JSON"));
    SipotFormats formats = SipotFormats.load();
    for (SipotFormats.Format f : formats.formats()) {
      SipotTable table = SipotTable.of(f, evaluation, issued, issued);
      String name = "datos/" + SipotFiles.defaultName(f.fraction(), code, "xlsx");
      files.put(
          name,
          SipotFiles.xlsx(
              table, (issued == null ? evaluation.period().endDate() : issued).atStartOfDay()));
      out.add(
          new Link(
              name, "Formato SIPOT, fracción " + f.fraction() + ": " + f.title(), "Excel (xlsx)"));
    }
    return out;
  }

  private static byte[] resource(String name) {
    try (InputStream in = Site.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page of programme {@code id}. */
  static String programFile(String id) {
    return "programa-" + id.replace('.', '-') + ".html";
  }

  /** The page of indicator {@code id}. */
  static String indicatorFile(String id) {
    return "indicador-" + id.replace('.', '-') + ".html";
  }
}
