package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.pdf.PdfPTable;
import mx.gob.cdmx.mpi.render.pdf.TypeScale;
import mx.gob.cdmx.mpi.render.report.PendingView;

/**
 * «Información pendiente» at the end of section 3: by responsible area, the indicator variables the
 * data lack for the period (the computation of {@code mpi faltantes}, docs/excel.md).
 */
final class PendingPages {

  private final Layout out;
  private final Style style;
  private final PendingView pending;

  PendingPages(Layout out) {
    this.out = out;
    this.style = out.style();
    this.pending = out.model().report().pending();
  }

  void write() {
    out.add(out.subheading("Información pendiente"));
    if (pending.isEmpty()) {
      out.add(
          out.para(
              "Nada pendiente: cada indicador y variable tiene sus filas del periodo.",
              style.font(10),
              0,
              4));
      return;
    }
    out.add(
        out.para(
            pending.summary()
                + " Indicadores y variables sin fila en los datos del periodo («Sin datos») o con"
                + " meses faltantes, por área responsable; «mpi faltantes» da la misma lista.",
            style.font(TypeScale.BODY),
            0,
            6));
    PdfPTable t = out.table(new float[] {34, 44, 22});
    out.header(t, "Área responsable", "Indicador", "Variable: qué falta");
    t.setHeaderRows(1);
    for (PendingView.Area a : pending.areas()) {
      boolean first = true;
      for (PendingView.Item i : a.items()) {
        t.addCell(out.cell(first ? a.name() : "", style.font(TypeScale.TABLE)));
        t.addCell(out.cell(i.id() + "  " + i.name(), style.font(TypeScale.TABLE)));
        t.addCell(out.cell(i.variable() + ": " + i.detail(), style.font(TypeScale.TABLE)));
        first = false;
      }
    }
    out.add(t);
  }
}
