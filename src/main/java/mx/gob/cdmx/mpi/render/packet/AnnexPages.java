package mx.gob.cdmx.mpi.render.packet;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import mx.gob.cdmx.mpi.render.EsMx;
import mx.gob.cdmx.mpi.render.pdf.StatusMark;
import mx.gob.cdmx.mpi.render.pdf.TypeScale;
import mx.gob.cdmx.mpi.render.report.Glossary;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import mx.gob.cdmx.mpi.render.report.ThresholdsView;

/** The annexes: the measurements as received, their validation, the method and the provenance. */
final class AnnexPages {

  private final Layout out;
  private final Style style;
  private final PacketModel model;
  private final ReportModel report;

  AnnexPages(Layout out) {
    this.out = out;
    this.style = out.style();
    this.model = out.model();
    this.report = out.model().report();
  }

  /** Annex A: every valid measurement row, file by file, as received. */
  void data() {
    out.newPage();
    out.heading(PacketModel.ANNEX_DATA, out.entryTitle(PacketModel.ANNEX_DATA), 0);
    List<PacketModel.DataFile> files = model.files();
    out.add(
        out.para(
            "Las "
                + EsMx.count(model.validRows())
                + " filas válidas de "
                + files.size()
                + (files.size() == 1 ? " archivo" : " archivos")
                + ", tal como se recibieron, archivo por archivo y en el orden de sus líneas («Línea» es"
                + " la línea del archivo donde empieza la fila). Los valores se copian como se"
                + " escribieron.",
            style.font(TypeScale.BODY),
            0,
            6));
    PdfPTable t = out.table(new float[] {7, 12, 9, 10, 7, 37, 18});
    t.setHeaderRows(1);
    t.setSplitLate(false);
    Font f = style.font(TypeScale.TABLE);
    out.header(
        t, TypeScale.TABLE, "Línea", "Indicador", "Periodo", "Variable", "Valor", "Nota", "Fuente");
    for (PacketModel.DataFile file : files) {
      List<PacketModel.DataRow> own = file.valid();
      PdfPCell name =
          out.cell(
              file.name()
                  + " — "
                  + (own.size() == 1 ? "1 fila válida" : EsMx.count(own.size()) + " filas válidas"),
              style.bold(TypeScale.TABLE));
      name.setColspan(7);
      name.setBackgroundColor(Style.SHADE);
      t.addCell(name);
      for (PacketModel.DataRow m : own) {
        flushEvery(t, FLUSH_ROWS);
        t.addCell(tightNumber(Integer.toString(m.line()), f));
        t.addCell(tight(m.indicator(), f));
        t.addCell(tight(m.period(), f));
        t.addCell(tight(m.variable(), f));
        t.addCell(tightNumber(m.value(), f));
        t.addCell(tight(m.note(), f));
        t.addCell(tight(m.source(), f));
      }
    }
    if (model.validRows() == 0) {
      PdfPCell c = out.cell("Sin mediciones.", style.font(TypeScale.TABLE, Style.MUTED));
      c.setColspan(7);
      t.addCell(c);
    }
    t.setComplete(true);
    addPart(t);
  }

  /** Rows of a long table laid out and let go at a time: a national annex has 240,000 rows. */
  static final int FLUSH_ROWS = 1_000;

  /**
   * Lays out the rows of {@code t} so far and drops them from memory once it holds {@code rows} or
   * more (OpenPDF's large-table mode). The header row repeats on every new page as in one piece.
   */
  private void flushEvery(PdfPTable t, int rows) {
    if (t.size() - t.getHeaderRows() >= rows) {
      float after = t.spacingAfter();
      t.setSpacingAfter(0); // the gap goes after the last part only
      t.setComplete(false);
      addPart(t);
      t.setSpacingAfter(after);
    }
  }

  /**
   * Adds what {@code t} holds. After a part was laid out, OpenPDF would skip the header at the top
   * of the next part, which is right when that part continues on the same page; when the last part
   * filled its page, or the next row does not fit, the part starts a page and the header is
   * written.
   */
  private void addPart(PdfPTable t) {
    if (t.isSkipFirstHeader() && t.size() > t.getHeaderRows()) {
      t.setTotalWidth(out.doc().right() - out.doc().left());
      float room = out.writer().getVerticalPosition(true) - out.doc().bottom();
      boolean pageTop = room >= out.doc().top() - out.doc().bottom() - 4;
      t.setSkipFirstHeader(!pageTop && t.getRowHeight(t.getHeaderRows()) <= room);
    }
    out.add(t);
  }

  private PdfPCell tight(String text, Font font) {
    PdfPCell c = out.cell(text, font);
    c.setPaddingTop(1);
    c.setPaddingBottom(2);
    c.setPaddingLeft(2);
    c.setPaddingRight(2);
    return c;
  }

  private PdfPCell tightNumber(String text, Font font) {
    PdfPCell c = tight(text, font);
    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return c;
  }

  /** Annex B: the files checked and the warnings validation left. */
  void validation() {
    out.newPage();
    out.heading(PacketModel.ANNEX_VALIDATION, out.entryTitle(PacketModel.ANNEX_VALIDATION), 0);
    PacketModel.Validation v = model.validation();
    out.add(
        out.para(
            "Las mediciones se revisaron contra el plan antes de evaluarlas (lo mismo que"
                + " hace «mpi validate»). Con errores la carpeta no se genera; las advertencias se"
                + " listan aquí.",
            style.font(TypeScale.BODY),
            0,
            6));
    filesTable();
    long warnings = v.warnings();
    out.add(out.subheading("Resultado"));
    out.add(
        out.para("Errores: 0. Advertencias: " + warnings + ".", style.bold(TypeScale.BODY), 0, 4));
    if (v.findings().isEmpty()) {
      out.add(
          out.para(
              "Sin observaciones: todas las filas cumplen las reglas de validación.",
              style.font(TypeScale.BODY),
              0,
              0));
      return;
    }
    problemsTable(v);
    if (v.suppressed() > 0) {
      out.add(
          out.para(
              "Y "
                  + v.suppressed()
                  + " advertencias más que no se listan; vea «mpi validate»"
                  + " para el detalle.",
              style.font(TypeScale.TABLE, Style.MUTED),
              3,
              0));
    }
  }

  /** Each data file with its encoding, delimiter and rows. */
  private void filesTable() {
    out.add(out.subheading("Archivos revisados"));
    PdfPTable files = out.table(new float[] {52, 18, 14, 16});
    files.setHeaderRows(1);
    out.header(files, "Archivo", "Codificación", "Separador", "Filas");
    for (PacketModel.DataFile f : model.files()) {
      files.addCell(out.cell(f.name(), style.font(TypeScale.TABLE)));
      files.addCell(out.cell(f.encoding(), style.font(TypeScale.TABLE)));
      files.addCell(out.cell(f.delimiter(), style.font(TypeScale.TABLE)));
      files.addCell(out.numberCell(EsMx.count(f.rows()), style.font(TypeScale.TABLE)));
    }
    out.add(files);
  }

  /** Each warning with where it was found, its code and its message. */
  private void problemsTable(PacketModel.Validation v) {
    PdfPTable t = out.table(new float[] {30, 18, 52});
    t.setHeaderRows(1);
    out.header(t, "Ubicación", "Código", "Mensaje");
    for (PacketModel.Finding p : v.findings()) {
      t.addCell(out.cell(p.where(), style.font(TypeScale.TABLE)));
      t.addCell(out.cell(p.code(), style.font(TypeScale.TABLE)));
      t.addCell(out.cell(p.message(), style.font(TypeScale.TABLE)));
    }
    out.add(t);
  }

  /** Annex C: the thresholds, the status rules and how the figures are computed. */
  void method() {
    out.newPage();
    out.heading(PacketModel.ANNEX_METHOD, out.entryTitle(PacketModel.ANNEX_METHOD), 0);
    ThresholdsView th = model.thresholds();
    thresholds(th);
    statusRules(th);
    calculationSteps();
    out.add(out.subheading("Glosario"));
    out.add(out.blocks().glossary(Glossary.entries(report.thresholds())));
  }

  private void thresholds(ThresholdsView th) {
    out.add(out.subheading("Umbrales del semáforo (del plan)"));
    PdfPTable t = out.table(new float[] {32, 68});
    t.setWidthPercentage(80);
    t.setHorizontalAlignment(Element.ALIGN_LEFT);
    t.addCell(out.badge(StatusMark.GREEN, TypeScale.TABLE));
    t.addCell(
        out.cell("resultado acumulado de " + th.green() + " % o más", style.font(TypeScale.BODY)));
    t.addCell(out.badge(StatusMark.YELLOW, TypeScale.TABLE));
    t.addCell(
        out.cell(
            "de " + th.yellow() + " % a menos de " + th.green() + " %",
            style.font(TypeScale.BODY)));
    t.addCell(out.badge(StatusMark.RED, TypeScale.TABLE));
    t.addCell(out.cell("menos de " + th.yellow() + " %", style.font(TypeScale.BODY)));
    t.addCell(out.badge("Sobrecumplimiento", "#0F766E", TypeScale.TABLE));
    t.addCell(
        out.cell(
            "resultado acumulado mayor que "
                + th.overTarget()
                + " %; se muestra junto al color, no es una falta",
            style.font(TypeScale.BODY)));
    out.add(t);
  }

  private void statusRules(ThresholdsView th) {
    out.add(out.subheading("Estado de cada indicador"));
    out.add(
        out.para(
            "Se juzga sobre el acumulado del año (enero al final del periodo); se aplica"
                + " la primera fila que corresponda:",
            style.font(TypeScale.BODY),
            0,
            4));
    PdfPTable s = out.table(new float[] {25, 75});
    s.setHeaderRows(1);
    out.header(s, "Estado", "Cuándo");
    statusRow(s, StatusMark.NO_TARGET, "el plan no da una meta numérica");
    statusRow(s, StatusMark.NO_DATA, "no hay datos en el acumulado del año");
    statusRow(s, StatusMark.PARTIAL, "los datos cubren sólo algunos meses del acumulado");
    statusRow(s, StatusMark.NOT_DUE, "la meta acumulada al periodo es 0 (aún no se programa nada)");
    statusRow(s, StatusMark.GREEN, "resultado acumulado de " + th.green() + " % o más");
    statusRow(
        s,
        StatusMark.YELLOW,
        "resultado acumulado de " + th.yellow() + " % a menos de " + th.green() + " %");
    statusRow(s, StatusMark.RED, "resultado acumulado menor que " + th.yellow() + " %");
    out.add(s);
  }

  private void calculationSteps() {
    out.add(out.subheading("Cómo se calculan las cifras"));
    String[] steps = {
      "Ventanas. La ventana del periodo son sus meses ("
          + report.periodRange()
          + "); la del"
          + " acumulado va de enero al final del periodo ("
          + report.toDateRange()
          + ").",
      "Metas programadas. El calendario del plan da el porcentaje acumulado de la meta anual"
          + " esperado al cierre de cada trimestre (F). Meta acumulada = meta anual × F(fin del"
          + " periodo) / 100; meta del periodo = meta anual × (F(fin del periodo) − F(mes"
          + " anterior al periodo)) / 100. Una meta en % (por ejemplo, «100 % de los casos») no"
          + " se reparte: vale igual en cada ventana.",
      "Realizado. Suma de las filas cuyo periodo cae dentro de la ventana (o el último valor,"
          + " para las existencias). Una fila que falta es «sin datos», nunca cero; una ventana"
          + " cubierta sólo en parte se muestra como parcial y no se evalúa.",
      "Resultado. La fórmula del indicador con las cifras de la ventana; para la fórmula"
          + " habitual, realizadas / programadas × 100, es el porcentaje de cumplimiento. En"
          + " un indicador descendente se invierte: programadas / realizadas × 100. Sin ventana"
          + " completa, con una división entre cero o sin algún dato, no hay resultado y se"
          + " dice por qué.",
      "Avance hacia la meta anual = realizado acumulado / meta anual × 100.",
      "Línea base. Las mismas ventanas del año anterior cuando hay datos completos; para el"
          + " año completo, la cifra de línea base del plan si la da.",
      "Redondeo. Los porcentajes se redondean a un decimal (mitad hacia arriba) antes de"
          + " clasificarlos; la cifra redondeada es la que se imprime."
    };
    for (String step : steps) {
      out.add(out.para("• " + step, style.font(TypeScale.BODY), 0, 3));
    }
  }

  private void statusRow(PdfPTable t, StatusMark status, String when) {
    t.addCell(out.badge(status, TypeScale.TABLE));
    t.addCell(out.cell(when, style.font(TypeScale.BODY)));
  }

  /** Each data file with its SHA-256 and rows. */
  private PdfPTable fingerprints() {
    // the name on its own line above its fingerprint, so neither breaks inside a word
    PdfPTable files = out.table(new float[] {88, 12});
    files.setHeaderRows(1);
    out.header(files, "Archivo y su SHA-256", "Filas");
    for (PacketModel.DataFile f : model.files()) {
      PdfPCell both = new PdfPCell();
      both.setBorder(com.lowagie.text.Rectangle.BOTTOM);
      both.setBorderColor(Style.RULE);
      both.addElement(out.para(f.name(), style.bold(TypeScale.TABLE), 0, 0));
      both.addElement(out.para(f.sha256(), style.font(TypeScale.TABLE), 0, 2));
      files.addCell(both);
      files.addCell(out.numberCell(EsMx.count(f.rows()), style.font(TypeScale.TABLE)));
    }
    return files;
  }

  /** Annex D: the tool, plan and measurement files, with their SHA-256. */
  void provenance() {
    out.newPage();
    out.heading(PacketModel.ANNEX_PROVENANCE, out.entryTitle(PacketModel.ANNEX_PROVENANCE), 0);
    out.add(
        out.para(
            "Con qué se hizo esta carpeta. La misma versión de mpi, con el mismo plan, los"
                + " mismos archivos de mediciones, el mismo periodo y la misma fecha, produce un PDF"
                + " idéntico byte por byte.",
            style.font(TypeScale.BODY),
            0,
            6));
    PdfPTable t = out.table(new float[] {25, 75});
    provenanceRow(t, "Herramienta", "mpi " + model.options().toolVersion());
    PacketModel.Provenance plan = model.provenance();
    provenanceRow(t, "Plan", plan.planId() + " — " + plan.planTitle());
    provenanceRow(t, "Archivo del plan", plan.planFile());
    provenanceRow(t, "SHA-256 del plan", plan.planSha256());
    provenanceRow(t, "Periodo", report.periodCode() + " · " + report.periodLabel());
    provenanceRow(
        t, "Sesión", model.options().session() == null ? "no indicada" : model.options().session());
    provenanceRow(t, "Fecha", report.issueDate() == null ? "no indicada" : report.issueDate());
    out.add(t);

    out.add(out.subheading("Archivos de mediciones"));
    out.add(fingerprints());

    out.add(out.subheading("Cómo verificar"));
    out.add(
        out.para(
            "Calcule la huella de cada archivo y compárela con la de esta tabla; si"
                + " coinciden, la carpeta se hizo exactamente con esos archivos:",
            style.font(TypeScale.BODY),
            0,
            3));
    StringBuilder command = new StringBuilder("sha256sum");
    for (PacketModel.DataFile f : model.files()) {
      command.append(' ').append(f.name());
    }
    out.add(out.para(command.toString(), style.bold(TypeScale.BODY), 0, 3));
    boolean embedded = plan.embedded();
    out.add(
        out.para(
            "En Windows (PowerShell): Get-FileHash -Algorithm SHA256 ARCHIVO. "
                + (embedded
                    ? "El plan integrado en mpi es el archivo plan-2025.yaml del repositorio,"
                        + " con la misma huella (sha256sum plan-2025.yaml)."
                    : "La huella del plan se verifica igual: sha256sum " + plan.planFile() + "."),
            style.font(TypeScale.BODY),
            0,
            0));
  }

  private void provenanceRow(PdfPTable t, String label, String value) {
    PdfPCell l = out.cell(label, style.bold(TypeScale.TABLE, Style.MUTED));
    PdfPCell v = out.cell(value, style.font(label.startsWith("SHA") ? 7.5f : 8.5f));
    for (PdfPCell c : new PdfPCell[] {l, v}) {
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColor(Style.RULE);
    }
    t.addCell(l);
    t.addCell(v);
  }
}
