package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import mx.gob.cdmx.mpi.render.pdf.TypeScale;
import mx.gob.cdmx.mpi.render.report.FichaTextView;
import mx.gob.cdmx.mpi.render.report.IndicatorView;

/**
 * Annex E, «Criterios de interpretación» (docs/carpeta-junta.md): for every indicator whose
 * structured reading the plan does not state outright, the plan's own words, the tool's reading and
 * a line for the board's agreement. Reads only the shared view model.
 */
final class CriteriaPages {

  private final Layout out;
  private final Style style;
  private final List<IndicatorView> indicators;

  CriteriaPages(Layout out) {
    this.out = out;
    this.style = out.style();
    this.indicators =
        out.model().report().indicators().stream()
            .filter(v -> v.plan().interpretation() != null)
            .toList();
  }

  void write() {
    if (indicators.isEmpty()) {
      return;
    }
    out.newPage();
    out.heading(PacketModel.ANNEX_CRITERIA, out.entryTitle(PacketModel.ANNEX_CRITERIA), 0);
    out.add(
        out.para(
            "Donde el plan no dice de manera explícita cómo medir un indicador, la herramienta"
                + " hace una lectura. Cada una se propone a la Junta de Gobierno para que la"
                + " confirme o la corrija; la corrección se hace en el plan (campo «interpretacion»"
                + " y fórmula) y vale para los informes siguientes.",
            style.font(TypeScale.BODY),
            0,
            6));
    for (IndicatorView v : indicators) {
      criterion(v);
    }
  }

  private void criterion(IndicatorView v) {
    PdfPTable t = out.table(new float[] {24, 76});
    t.setKeepTogether(true);
    t.setSpacingAfter(10);
    PdfPCell title = out.cell(v.id() + " " + v.name(), style.bold(TypeScale.BODY));
    title.setColspan(2);
    t.addCell(title);
    row(t, "Lo que dice el plan", planWords(v));
    row(
        t,
        "Lectura de la herramienta",
        v.plan().interpretation()
            + " Fórmula: "
            + v.formula()
            // a formula that is one name («realizadas») reads the same in words
            + (v.formula().equals(v.formulaWords()) ? "" : " (" + v.formulaWords() + ")")
            + ". Meta anual: "
            + v.target().annualGoal()
            + ".");
    row(
        t,
        "Acuerdo de la Junta",
        "☐ Se confirma     ☐ Se corrige así: ______________________________________________");
    out.add(t);
  }

  /** The ficha's goal and method, literal, or the cronograma row when the plan has no ficha. */
  private static String planWords(IndicatorView v) {
    FichaTextView f = v.plan().ficha();
    if (f.isEmpty()) {
      return "El plan no tiene ficha de esta acción; sólo aparece en el cronograma"
          + (v.plan().cronograma() == null ? "." : ": " + v.plan().cronograma());
    }
    return "Meta programada: «"
        + orNone(f.programmedGoal())
        + "». Método de cálculo: «"
        + orNone(f.calculationMethod())
        + "».";
  }

  private static String orNone(String text) {
    return text == null ? "— (el plan no lo indica)" : text.strip();
  }

  private void row(PdfPTable t, String label, String text) {
    t.addCell(out.cell(label, style.bold(TypeScale.TABLE, Style.MUTED)));
    t.addCell(out.cell(text, style.font(TypeScale.TABLE)));
  }
}
