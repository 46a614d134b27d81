package mx.gob.cdmx.mpi.render.data;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Variable;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code mpi template}: a measurement CSV ready to fill, with one row per indicator and declared
 * variable, {@code valor} left empty. Every indicator is listed: a report needs a figure for each
 * one in the period (0 when nothing was achieved), even when nothing is scheduled in it, or the
 * indicator reads «Sin datos» instead of «Aún no vence».
 */
public final class TemplateCsv {

  /** The header of the template, in the order users fill it. */
  static final String[] HEADER = {
    "indicador", "periodo", "variable", "valor", "nota", "fuente", "accion", "fecha_compromiso"
  };

  private TemplateCsv() {}

  /** The template as CSV text. */
  public static String render(Plan plan, Period period) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, EvaluationCsv.FORMAT)) {
      printer.printRecord((Object[]) HEADER);
      for (Indicator indicator : plan.indicators()) {
        for (Variable v : indicator.variables()) {
          printer.printRecord(indicator.id(), period.code(), v.name(), "", "", "", "", "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
