package mx.gob.cdmx.mpi.render.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import mx.gob.cdmx.mpi.evaluate.Evaluator;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.validate.ValidationResult;
import mx.gob.cdmx.mpi.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packet of the bundled example data, as the "done when" command writes it. */
class PacketExamplesTest {

  private static final Path EXAMPLES = Path.of("examples");

  @TempDir Path dir;

  @Test
  void examplePacketForTheSecondSessionIsValidPdfA1bAndReproducible() throws IOException {
    assumeTrue(Files.isDirectory(EXAMPLES), "sin carpeta examples/");
    Plan plan = PacketFixture.plan();
    ValidationResult v = Validator.validate(plan, List.of(EXAMPLES));
    assertThat(v.hasErrors()).as("los ejemplos validan sin errores").isFalse();
    PacketOptions options =
        new PacketOptions("Segunda Sesión Ordinaria 2025", LocalDate.of(2025, 6, 26), "0.0.0-test");
    RenderedPacket first =
        PacketRenderer.render(
            Evaluator.evaluate(plan, v.data(), Period.parse("2025-Q2")), v, options);
    RenderedPacket second =
        PacketRenderer.render(
            Evaluator.evaluate(plan, v.data(), Period.parse("2025-Q2")), v, options);
    assertThat(second.pdf()).isEqualTo(first.pdf());
    Path file = dir.resolve("carpeta.pdf");
    Files.write(file, first.pdf());
    assertThat(PacketPdfATest.preflight(file.toFile())).isEmpty();
  }
}
