package mx.gob.cdmx.mpi.render.packet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.validate.ValidationResult;

/**
 * Writes the Junta de Gobierno packet (docs/informes.md, docs/carpeta-junta.md): one PDF/A-1b with
 * cover, table of contents and bookmarks, executive summary, one ficha per indicator, the yellow
 * and red indicators with their justification, and the annexes (measurements, validation,
 * methodology, provenance). The same inputs and options give the same bytes.
 */
public final class PacketRenderer {

  private static final int MAX_PASSES = 4;

  private PacketRenderer() {}

  /**
   * The packet of {@code evaluation}; {@code validation} is the result of validating the same data
   * (it holds no errors: a command stops before).
   */
  public static RenderedPacket render(
      Evaluation evaluation, ValidationResult validation, PacketOptions options) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(options, "options");
    PacketModel model = PacketModelBuilder.build(evaluation, validation, options);
    PacketDocument.Pass pass = PacketDocument.write(model, Map.of());
    for (int i = 1; i < MAX_PASSES; i++) {
      PacketDocument.Pass next = PacketDocument.write(model, pass.pages());
      if (next.pages().equals(pass.pages()) && next.pageCount() == pass.pageCount()) {
        return new RenderedPacket(next.pdf(), next.pageCount(), byTitle(model, next.pages()));
      }
      pass = next;
    }
    throw new IllegalStateException("las páginas del índice no se estabilizaron");
  }

  private static Map<String, Integer> byTitle(PacketModel model, Map<String, Integer> pages) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (TocEntry e : model.toc()) {
      Integer page = pages.get(e.key());
      if (page == null) {
        throw new IllegalStateException("la sección «" + e.title() + "» no se escribió");
      }
      out.put(e.title(), page);
    }
    return out;
  }
}
