package mx.gob.cdmx.mpi.render.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.preflight.PreflightDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.ValidationResult.ValidationError;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketPdfATest {

  @TempDir Path dir;

  @Test
  void packetIsValidPdfA1b() throws IOException {
    assertValidPdfA(PacketFixture.render().pdf());
  }

  @Test
  void packetWithoutSessionOrDateIsValidPdfA1b() throws IOException {
    assertValidPdfA(PacketFixture.render(new PacketOptions(null, null, "1.0")).pdf());
  }

  private void assertValidPdfA(byte[] pdf) throws IOException {
    Path file = dir.resolve("carpeta.pdf");
    Files.write(file, pdf);
    List<String> errors = preflight(file.toFile());
    assertThat(errors).as("errores de PDF/A-1b (Preflight)").isEmpty();
  }

  /** Preflight's errors for {@code file}, each as "code: details"; empty when valid PDF/A-1b. */
  static List<String> preflight(File file) throws IOException {
    PreflightParser parser = new PreflightParser(file);
    parser.parse();
    try (PreflightDocument doc = parser.getPreflightDocument()) {
      doc.validate();
      ValidationResult result = doc.getResult();
      if (result.isValid()) {
        return List.of();
      }
      return result.getErrorsList().stream()
          .map((ValidationError e) -> e.getErrorCode() + ": " + e.getDetails())
          .distinct()
          .toList();
    }
  }
}
