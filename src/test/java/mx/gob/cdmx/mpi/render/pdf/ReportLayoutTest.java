package mx.gob.cdmx.mpi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import mx.gob.cdmx.mpi.cli.Cli;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression for report pages a third to three-quarters blank and indicator blocks whose notes went
 * on without a heading: on the example data, in the programme sections every page but the last of a
 * programme is at least half used, and every page starts with a programme, an indicator or «…
 * (continuación)».
 */
class ReportLayoutTest {

  private static final Pattern OPENS = Pattern.compile("^(\\d+\\. |\\d+(\\.[0-9a-z]+)*\\s).*");

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"2025-Q2", "2025", "2025-B3"})
  void noProgrammePageIsMoreThanHalfBlankAndEachSaysWhoseItIs(String period) throws IOException {
    Path pdf = tmp.resolve("informe.pdf");
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            java.io.InputStream.nullInputStream(),
            null,
            name -> null,
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "report",
            "--period",
            period,
            "-o",
            pdf.toString(),
            "examples/");
    assertThat(code).as("salida de error: %s", err).isZero();
    try (PDDocument doc = PDDocument.load(pdf.toFile())) {
      int pages = doc.getNumberOfPages();
      float height = doc.getPage(0).getMediaBox().getHeight();
      int first = firstProgrammePage(doc, pages);
      for (int page = first; page <= pages; page++) {
        List<PdfLines.Line> lines = PdfLines.of(doc, page);
        String top = lines.get(1).text().strip();
        if (top.equals("Glosario")) {
          break; // the glossary closes the report, after the programmes
        }
        boolean continues =
            lines.subList(1, Math.min(4, lines.size())).stream()
                .anyMatch(l -> l.text().strip().endsWith("(continuación)"));
        assertThat(OPENS.matcher(top).matches() || continues)
            .as("%s, página %d empieza con «%s»", period, page, top)
            .isTrue();
        boolean lastOfProgramme =
            page == pages
                || PdfLines.of(doc, page + 1).get(1).text().matches("^\\d+\\. .*|^Glosario$");
        if (!lastOfProgramme) {
          assertThat(lines.get(lines.size() - 2).y() / height)
              .as("%s, parte usada de la página %d", period, page)
              .isGreaterThan(0.5f);
        }
      }
    }
  }

  /** The first page whose body starts with a programme heading ("1. ATENCIÓN …"). */
  private static int firstProgrammePage(PDDocument doc, int pages) {
    for (int page = 2; page <= pages; page++) {
      if (PdfLines.of(doc, page).get(1).text().startsWith("1. ")) {
        return page;
      }
    }
    throw new AssertionError("sin página del programa 1");
  }
}
