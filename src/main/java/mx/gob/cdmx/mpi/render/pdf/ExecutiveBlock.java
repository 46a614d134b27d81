package mx.gob.cdmx.mpi.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import mx.gob.cdmx.mpi.render.report.AlertView;
import mx.gob.cdmx.mpi.render.report.ExecutiveSummary;

/**
 * The executive summary in words, as the report's and the packet's first page show it: the
 * headline, the changes since the previous period, each red and yellow indicator with its reason,
 * responsible areas and corrective action («Sin acción correctiva» in the alert colour when none),
 * and the agreements proposed to the board.
 */
public final class ExecutiveBlock {

  /** The colour that flags a missing corrective action. */
  public static final Color ALERT = PdfColors.hex("#B91C1C");

  private final PdfFonts fonts;
  private final float size;

  /** Blocks in {@code fonts} at body size {@code size}. */
  public ExecutiveBlock(PdfFonts fonts, float size) {
    this.fonts = fonts;
    this.size = size;
  }

  /** The summary's paragraphs, in reading order. */
  public List<Element> elements(ExecutiveSummary s) {
    List<Element> out = new ArrayList<>();
    out.add(para(s.headline(), 4));
    out.add(title(s.changesTitle()));
    s.changes().forEach(c -> out.add(bullet(c)));
    out.add(title("Indicadores en amarillo y rojo"));
    if (s.alerts().isEmpty()) {
      out.add(para("Ningún indicador con meta está en amarillo ni en rojo.", 2));
    }
    s.alerts().forEach(a -> out.add(alert(a)));
    out.add(title("Acuerdos propuestos"));
    int n = 1;
    for (String agreement : s.agreements()) {
      Paragraph p = new Paragraph("", fonts.font(size));
      p.setLeading(size * 1.35f);
      p.setIndentationLeft(14);
      p.setFirstLineIndent(-14);
      p.add(new Chunk(n++ + ".  ", fonts.bold(size)));
      p.add(new Chunk(agreement, fonts.font(size)));
      p.setSpacingAfter(2);
      out.add(p);
    }
    return out;
  }

  private Paragraph alert(AlertView a) {
    Paragraph p = new Paragraph("", fonts.font(size));
    p.setLeading(size * 1.35f);
    p.setSpacingAfter(4);
    p.add(StatusBadge.phrase(a.status(), false, fonts, size));
    p.add(new Chunk("  " + a.id() + " " + a.name(), fonts.bold(size)));
    p.add(new Chunk(" — " + a.figures() + ".", fonts.font(size)));
    p.add(Chunk.NEWLINE);
    p.add(new Chunk("Motivo: ", fonts.bold(size)));
    p.add(
        new Chunk(
            a.reason() == null ? "ninguna medición del año trae una nota." : a.reason(),
            fonts.font(size)));
    p.add(Chunk.NEWLINE);
    p.add(new Chunk("Responsables: ", fonts.bold(size)));
    p.add(new Chunk(a.responsible(), fonts.font(size)));
    p.add(Chunk.NEWLINE);
    if (a.noAction()) {
      p.add(new Chunk("Sin acción correctiva", fonts.font(size, true, ALERT)));
      p.add(
          new Chunk(
              " — ninguna medición del año la registra (columna «accion»); conviene pedirla al"
                  + " área responsable.",
              fonts.font(size, false, ALERT)));
    } else {
      p.add(new Chunk("Acción correctiva: ", fonts.bold(size)));
      p.add(new Chunk(sentence(a.action()), fonts.font(size)));
      p.add(
          new Chunk(
              a.commitment() == null
                  ? " (sin fecha de compromiso)."
                  : " Fecha de compromiso: " + a.commitment() + ".",
              fonts.font(size)));
    }
    return p;
  }

  private static String sentence(String text) {
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
  }

  private Paragraph title(String text) {
    Paragraph p = new Paragraph(text, fonts.font(size + 0.5f, true, PdfColors.INK));
    p.setSpacingBefore(4);
    p.setSpacingAfter(2);
    p.setKeepTogether(true);
    return p;
  }

  private Paragraph bullet(String text) {
    Paragraph p = new Paragraph("•  " + text, fonts.font(size));
    p.setLeading(size * 1.35f);
    p.setIndentationLeft(10);
    p.setFirstLineIndent(-10);
    p.setSpacingAfter(1);
    return p;
  }

  private Paragraph para(String text, float after) {
    Paragraph p = new Paragraph(text, fonts.font(size));
    p.setLeading(size * 1.35f);
    p.setSpacingAfter(after);
    return p;
  }
}
