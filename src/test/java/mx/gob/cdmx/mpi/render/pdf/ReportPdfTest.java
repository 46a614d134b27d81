package mx.gob.cdmx.mpi.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import mx.gob.cdmx.mpi.cli.Cli;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF report as its readers get it: text, fonts, page numbers, dates, identical bytes. */
class ReportPdfTest {

  private static final Path DATA = Path.of("src/test/resources/report/golden/trimestral-2025-Q2");

  @TempDir Path tmp;

  private byte[] report(String name, String... options) throws IOException {
    return report(java.util.Map.of(), name, options);
  }

  private byte[] report(java.util.Map<String, String> environment, String name, String... options)
      throws IOException {
    Path target = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of("report", "--period", "2025-Q2"));
    args.addAll(List.of(options));
    args.addAll(List.of("-o", target.toString()));
    try (Stream<Path> files = Files.list(DATA)) {
      files
          .filter(f -> f.toString().endsWith(".csv"))
          .sorted()
          .forEach(f -> args.add(f.toString()));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            java.io.InputStream.nullInputStream(),
            null,
            environment::get,
            new PrintWriter(out),
            new PrintWriter(err),
            args.toArray(String[]::new));
    assertThat(code).as("salida de error: %s", err).isZero();
    assertThat(out.toString()).matches("Informe escrito en .*\\(\\d+ páginas\\)\\s*");
    return Files.readAllBytes(target);
  }

  @Test
  void readsAsTheReportOfThePeriod() throws IOException {
    byte[] pdf = report("informe.pdf", "--date", "2025-07-10");

    try (PDDocument doc = PDDocument.load(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(5);
      assertThat(text)
          .contains("Informe trimestral abril–junio 2025")
          .contains("Fecha de emisión")
          .contains("10 de julio de 2025")
          .contains("(2 / 2) × 100 = 100.0\u00A0%")
          .contains("(15 / 14) × 100 = 107.1\u00A0%")
          .contains("Página 1 de " + pages)
          .contains("Página " + pages + " de " + pages)
          .contains("Verde")
          .contains("Amarillo")
          .contains("Rojo")
          .contains("Sobrecumplimiento")
          .contains("Atención y canalización de casos")
          .contains("Verde ≥\u00A090\u00A0%")
          .contains("Por qué falta alguna cifra")
          .contains("Tendencia del año 2025: realizado acumulado al cierre de cada mes")
          .contains("El taller previsto para junio se reprogramó a julio");
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Informe trimestral abril–junio 2025");
      assertThat(mexicoCityDay(doc.getDocumentInformation().getCreationDate()))
          .isEqualTo("2025-07-10");
    }
  }

  @Test
  void embedsEveryFontIncludingTheCharts() throws IOException {
    try (PDDocument doc = PDDocument.load(report("informe.pdf"))) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        collectFonts(page.getResources(), fonts, 0);
      }
      assertThat(fonts).isNotEmpty();
      assertThat(fonts)
          .allSatisfy(
              f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).as("fuente").contains("DejaVuSans");
              });
    }
  }

  /**
   * The table of contents on page 1 lists the report's parts and programmes with the page each
   * bookmark opens; every top-level bookmark is in it, and each programme's bookmark holds one
   * bookmark per indicator, on the page of its block.
   */
  @Test
  void bookmarksMatchTheContentsPage() throws IOException {
    try (PDDocument doc = PDDocument.load(report("informe.pdf", "--date", "2025-07-10"))) {
      java.util.Map<String, Integer> bookmarks = new java.util.LinkedHashMap<>();
      int indicators = 0;
      for (org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem item :
          doc.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.put(item.getTitle(), doc.getPages().indexOf(item.findDestinationPage(doc)) + 1);
        for (var child : item.children()) {
          int page = doc.getPages().indexOf(child.findDestinationPage(doc)) + 1;
          PDFTextStripper stripper = new PDFTextStripper();
          stripper.setStartPage(page);
          stripper.setEndPage(page);
          String id = child.getTitle().substring(0, child.getTitle().indexOf(' '));
          assertThat(stripper.getText(doc)).as(child.getTitle()).contains(id + "  ");
          indicators++;
        }
      }
      assertThat(indicators).isEqualTo(26);
      // the executive summary opens the report; the contents follow the status summary
      String page1 = "";
      for (int p = 1; p <= 4 && !page1.contains("Contenido"); p++) {
        PDFTextStripper first = new PDFTextStripper();
        first.setStartPage(p);
        first.setEndPage(p);
        page1 = first.getText(doc);
      }
      java.util.Map<String, Integer> contents = new java.util.LinkedHashMap<>();
      StringBuilder title = new StringBuilder();
      for (String line : page1.substring(page1.indexOf("Contenido")).lines().skip(1).toList()) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("(.*?)\\s*(\\d+)\\s*$").matcher(line.strip());
        if (line.startsWith("Datos al")) {
          break;
        }
        if (m.matches()) {
          title.append(title.length() == 0 ? "" : " ").append(m.group(1));
          contents.put(title.toString().strip(), Integer.parseInt(m.group(2)));
          title.setLength(0);
        } else {
          title.append(title.length() == 0 ? "" : " ").append(line.strip());
        }
      }
      assertThat(contents).isEqualTo(bookmarks);
      assertThat(contents)
          .containsEntry("Resumen ejecutivo", 1)
          .containsEntry("Resumen", 2)
          // the executive summary runs onto page 2 (its status changes explain the fractions)
          .containsEntry("Indicadores por programa y estado", 4)
          .containsEntry("Requieren atención", 4)
          // the three pending rows of the examples' Q2 (1.1.4, 1.3, 3.3) run onto page 5
          .containsEntry("Información pendiente", 4)
          .containsEntry("Avance hacia la meta anual", 6)
          .containsKey("Glosario")
          .hasSize(13);
    }
  }

  /** The running header and footer are marked as artifacts on every page, never as content. */
  @Test
  void headerAndFooterAreArtifacts() throws IOException {
    try (PDDocument doc = PDDocument.load(report("informe.pdf", "--date", "2025-07-10"))) {
      for (PDPage page : doc.getPages()) {
        String content;
        try (java.io.InputStream in = page.getContents()) {
          content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        int open = content.indexOf("/Artifact BMC");
        assertThat(open).isNotNegative();
        assertThat(content.substring(open)).contains("EMC");
      }
    }
  }

  /** Regression: a lone "%" wrapped onto its own line, away from its number. */
  @Test
  void percentNeverStartsALine() throws IOException {
    try (PDDocument doc = PDDocument.load(report("informe.pdf", "--date", "2025-07-10"))) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("\u00A0%");
      assertThat(text.lines().map(String::strip)).noneMatch(l -> l.startsWith("%"));
    }
  }

  /** Regression: the dates were 00:00 UTC, so viewers in Mexico City showed the day before. */
  @Test
  void pdfDateIsMidnightInMexicoCityNotUtc() throws IOException {
    try (PDDocument doc = PDDocument.load(report("informe.pdf", "--date", "2025-07-10"))) {
      assertThat(
              doc.getDocumentInformation()
                  .getCOSObject()
                  .getString(org.apache.pdfbox.cos.COSName.CREATION_DATE))
          .isEqualTo("D:20250710000000-06'00'");
      assertThat(doc.getDocumentInformation().getCreationDate().toInstant().toString())
          .isEqualTo("2025-07-10T06:00:00Z");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("es-MX");
      assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
    }
  }

  @Test
  void givesIdenticalBytesTwice() throws IOException {
    assertThat(report("a.pdf", "--date", "2025-07-10"))
        .isEqualTo(report("b.pdf", "--date", "2025-07-10"));
    assertThat(report("c.pdf")).isEqualTo(report("d.pdf"));
  }

  @Test
  void statesNoDateUnlessGiven() throws IOException {
    try (PDDocument doc = PDDocument.load(report("informe.pdf"))) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).doesNotContain("Fecha de emisión").doesNotContain("Emitido");
      assertThat(mexicoCityDay(doc.getDocumentInformation().getCreationDate()))
          .isEqualTo("2025-06-30");
      assertThat(mexicoCityDay(doc.getDocumentInformation().getModificationDate()))
          .isEqualTo("2025-06-30");
    }
  }

  @Test
  void takesTheDateOfIssueFromSourceDateEpochWhenGivenNoDate() throws IOException {
    // 1752537600 s = 2025-07-15T00:00:00Z; the option wins over the variable.
    java.util.Map<String, String> env = java.util.Map.of("SOURCE_DATE_EPOCH", "1752537600");
    try (PDDocument doc = PDDocument.load(report(env, "epoch.pdf"))) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Emitido el 15 de julio de 2025");
    }
    try (PDDocument doc = PDDocument.load(report(env, "option.pdf", "--date", "2025-07-10"))) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Emitido el 10 de julio de 2025")
          .doesNotContain("15 de julio");
    }
  }

  @Test
  void derivesTheFileIdentifierFromTheContent() throws IOException {
    try (PDDocument a = PDDocument.load(report("a.pdf"));
        PDDocument b = PDDocument.load(report("b.pdf", "--date", "2025-07-10"))) {
      String idA = a.getDocument().getDocumentID().toString();
      String idB = b.getDocument().getDocumentID().toString();
      assertThat(idA).isNotEqualTo(idB);
    }
  }

  private static void collectFonts(PDResources resources, List<PDFont> out, int depth)
      throws IOException {
    if (resources == null || depth > 5) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      out.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collectFonts(form.getResources(), out, depth + 1);
      }
    }
  }

  private static String mexicoCityDay(Calendar c) {
    Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("America/Mexico_City"));
    utc.setTimeInMillis(c.getTimeInMillis());
    return String.format(
        "%04d-%02d-%02d",
        utc.get(Calendar.YEAR), utc.get(Calendar.MONTH) + 1, utc.get(Calendar.DAY_OF_MONTH));
  }
}
