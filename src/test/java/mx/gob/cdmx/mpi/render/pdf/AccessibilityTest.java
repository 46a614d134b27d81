package mx.gob.cdmx.mpi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.cdmx.mpi.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * veraPDF on what users get from the example data: the Q2 report against PDF/UA-1, where the rules
 * that still fail must be exactly those listed with their reason in {@code docs/informes.md} (a new
 * failure fails, and so does a listed rule that now passes: the list only shrinks); the Q2 packet
 * against PDF/A-1b, with no failure at all.
 */
class AccessibilityTest {

  private static final Path DOC = Path.of("docs/informes.md");
  private static final Pattern RULE_ROW = Pattern.compile("(?m)^\\| (\\d[\\d.]*-\\d+) \\|");

  @TempDir Path dir;

  @Test
  void q2ReportFailsOnlyTheDocumentedPdfUaRules() throws IOException {
    byte[] pdf = run("report", "informe.pdf");
    Map<String, String> failed = VeraPdf.failedRules(pdf, "ua1");
    assertThat(failed.keySet())
        .as("reglas PDF/UA-1 que fallan (docs/informes.md las lista con su motivo): %s", failed)
        .isEqualTo(documentedRules());
  }

  @Test
  void q2PacketHasNoPdfA1bFailure() throws IOException {
    byte[] pdf = run("packet", "carpeta.pdf", "--session", "Segunda Sesión Ordinaria 2025");
    assertThat(VeraPdf.failedRules(pdf, "1b")).as("reglas PDF/A-1b que fallan").isEmpty();
  }

  @Test
  void theAllowListIsReadFromTheDocs() throws IOException {
    assertThat(documentedRules()).isNotEmpty().allMatch(r -> r.matches("\\d[\\d.]*-\\d+"));
  }

  /** The rule ids of the table in the section «Accesibilidad (PDF/UA-1)» of the report docs. */
  static Set<String> documentedRules() throws IOException {
    String text = Files.readString(DOC, StandardCharsets.UTF_8);
    int from = text.indexOf("## Accesibilidad (PDF/UA-1)");
    assertThat(from).as("sección de accesibilidad en %s", DOC).isNotNegative();
    int to = text.indexOf("\n## ", from + 3);
    Matcher m = RULE_ROW.matcher(text.substring(from, to < 0 ? text.length() : to));
    Set<String> rules = new TreeSet<>();
    while (m.find()) {
      rules.add(m.group(1));
    }
    return rules;
  }

  private byte[] run(String command, String name, String... extra) throws IOException {
    Path out = dir.resolve(name);
    String[] base = {command, "--period", "2025-Q2", "--date", "2025-07-10", "-o", out.toString()};
    String[] args = new String[base.length + extra.length + 1];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    args[args.length - 1] = "examples";
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            java.io.InputStream.nullInputStream(),
            null,
            java.util.Map.<String, String>of()::get,
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            args);
    assertThat(code).as("salida de error: %s", err).isZero();
    return Files.readAllBytes(out);
  }
}
