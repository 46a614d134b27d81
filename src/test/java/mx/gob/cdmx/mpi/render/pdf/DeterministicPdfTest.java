package mx.gob.cdmx.mpi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A draft lays out the pages a real file would have and keeps no bytes (docs/rendimiento.md). */
class DeterministicPdfTest {

  private static final PdfMetadata META =
      new PdfMetadata("Prueba", null, null, null, LocalDate.of(2025, 7, 15));

  @Test
  void aDraftHasThePagesOfTheRealFileAndNoBytes() {
    DeterministicPdf draft = DeterministicPdf.create(true, PageSize.LETTER, 54, 54, 66, 58, META);
    DeterministicPdf real = DeterministicPdf.create(false, PageSize.LETTER, 54, 54, 66, 58, META);
    draft.openDocument();
    real.openDocument();
    for (int i = 0; i < 300; i++) {
      String line = "Renglón " + i + " de una prueba de paginación con texto que ocupa su lugar.";
      draft.document().add(new Paragraph(line));
      real.document().add(new Paragraph(line));
    }
    // 300 lines of about 18 points do not fit on one letter page of 668 points of text column
    assertThat(real.writer().getPageNumber()).isGreaterThan(1);
    assertThat(draft.writer().getPageNumber()).isEqualTo(real.writer().getPageNumber());
    assertThat(draft.writer().getVerticalPosition(false))
        .isEqualTo(real.writer().getVerticalPosition(false));
    assertThat(draft.finish()).isEmpty();
    byte[] pdf = real.finish();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void theSameContentGetsTheSameBytesAndIdentifier() {
    assertThat(small()).isEqualTo(small());
    String text = new String(small(), StandardCharsets.ISO_8859_1);
    assertThat(text).containsPattern("/ID \\[<[0-9a-f]{32}><[0-9a-f]{32}>\\]");
    assertThat(text).doesNotContain("/ID [<00000000000000000000000000000000>");
  }

  private static byte[] small() {
    DeterministicPdf pdf = DeterministicPdf.create(false, PageSize.LETTER, 54, 54, 66, 58, META);
    pdf.openDocument();
    pdf.document().add(new Paragraph("Hola"));
    return pdf.finish();
  }
}
