package mx.gob.cdmx.mpi.render.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.io.Hashing;
import mx.gob.cdmx.mpi.render.packet.PacketFixture.Bookmark;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PacketRendererTest {

  private static RenderedPacket packet;
  private static PDDocument pdf;

  @BeforeAll
  static void render() {
    packet = PacketFixture.render();
    pdf = PacketFixture.load(packet.pdf());
  }

  @AfterAll
  static void close() throws IOException {
    pdf.close();
  }

  @Test
  void bookmarksAreTheTableOfContentsEntries() {
    List<Bookmark> bookmarks = PacketFixture.bookmarks(pdf);
    assertThat(bookmarks)
        .extracting(Bookmark::title)
        .containsExactlyElementsOf(packet.sectionPages().keySet());
    assertThat(bookmarks)
        .filteredOn(b -> b.level() == 0)
        .extracting(Bookmark::title)
        .containsExactly(
            "Índice",
            "1. Resumen ejecutivo",
            "2. Fichas de los indicadores",
            "3. Indicadores en amarillo y rojo",
            "Anexo A. Mediciones recibidas",
            "Anexo B. Resultado de la validación",
            "Anexo C. Metodología, umbrales y glosario",
            "Anexo D. Procedencia",
            "Anexo E. Criterios de interpretación");
    assertThat(bookmarks).filteredOn(b -> b.level() == 2).hasSize(26);
  }

  @Test
  void tableOfContentsPrintsThePageEachBookmarkOpens() {
    List<Bookmark> bookmarks = PacketFixture.bookmarks(pdf);
    int tocFirst = page(bookmarks, "Índice");
    int tocLast = page(bookmarks, "1. Resumen ejecutivo") - 1;
    String toc = normalize(PacketFixture.text(pdf, tocFirst, tocLast));
    for (Bookmark b : bookmarks) {
      assertThat(toc)
          .as("línea del índice de «%s»", b.title())
          .contains(normalize(b.title()).strip() + " " + b.page() + " ");
      assertThat(packet.sectionPages()).containsEntry(b.title(), b.page());
    }
  }

  @Test
  void eachFichaStartsOnThePageOfItsBookmark() {
    List<Bookmark> fichas =
        PacketFixture.bookmarks(pdf).stream().filter(b -> b.level() == 2).toList();
    List<String> ids = new java.util.ArrayList<>();
    for (Bookmark b : fichas) {
      String id = b.title().substring(0, b.title().indexOf(' '));
      String page = normalize(PacketFixture.text(pdf, b.page(), b.page()));
      assertThat(page)
          .as("página %d", b.page())
          .contains(normalize(b.title()).strip())
          .contains("Cifras calculadas");
      ids.add(id);
    }
    // One ficha per indicator of the plan, in plan order, each titled by its id.
    assertThat(ids)
        .containsExactlyElementsOf(
            PacketFixture.plan().indicators().stream()
                .map(mx.gob.cdmx.mpi.plan.Indicator::id)
                .toList());
    assertThat(fichas.get(0).title()).startsWith("1.1.1 ");
  }

  /**
   * Regression for the fichas that took a page each and spilled their notes or cronograma alone
   * onto the next page (pages 79–93 % blank): fichas now flow, a programme starts a new page, and a
   * page a ficha runs onto is headed «… (continuación)».
   */
  @Test
  void fichaNotesNeverSitAloneOnAMostlyBlankPage() {
    List<Bookmark> bookmarks = PacketFixture.bookmarks(pdf);
    int first = page(bookmarks, "2. Fichas de los indicadores");
    int after = page(bookmarks, "3. Indicadores en amarillo y rojo");
    java.util.Set<Integer> programmeStarts = new java.util.HashSet<>();
    bookmarks.stream().filter(b -> b.level() == 1).forEach(b -> programmeStarts.add(b.page()));
    programmeStarts.add(after);
    float height = pdf.getPage(0).getMediaBox().getHeight();
    for (int page = first; page < after; page++) {
      List<mx.gob.cdmx.mpi.render.pdf.PdfLines.Line> lines =
          PacketFixture.lines(pdf, page).stream().filter(l -> !l.text().isBlank()).toList();
      // the running header, the body, the footer: the body's first line says whose page it is
      String top = lines.get(1).text();
      int p = page;
      boolean opensHere =
          bookmarks.stream()
              .anyMatch(b -> b.page() == p && normalize(b.title()).startsWith(normalize(top)));
      // a long name wraps: its «(continuación)» then ends the heading's second or third line
      boolean continues =
          lines.subList(1, Math.min(4, lines.size())).stream()
              .anyMatch(l -> l.text().endsWith("(continuación)"));
      assertThat(opensHere || continues).as("página %d empieza con «%s»", page, top).isTrue();
      // regression: a ficha ending exactly at a page's foot left a page with only its heading
      int heading = 1;
      while (heading < lines.size() - 2 && !lines.get(heading).text().endsWith("(continuación)")) {
        heading++;
      }
      int afterHeading = continues ? lines.size() - 2 - heading : lines.size() - 3;
      assertThat(afterHeading).as("líneas bajo el título de la página %d", page).isPositive();
      if (!programmeStarts.contains(page + 1)) {
        float lastBody = lines.get(lines.size() - 2).y();
        assertThat(lastBody / height)
            .as("parte usada de la página %d (no la última de un programa)", page)
            .isGreaterThan(0.5f);
      }
    }
  }

  @Test
  void pagesAreNumberedXofY() {
    int total = pdf.getNumberOfPages();
    assertThat(packet.pages()).isEqualTo(total);
    assertThat(normalize(PacketFixture.text(pdf, 2, 2))).contains("Página 2 de " + total);
    assertThat(normalize(PacketFixture.text(pdf, total, total)))
        .contains("Página " + total + " de " + total);
  }

  @Test
  void provenanceListsTheSha256OfEveryInputFileAndOfThePlan() throws IOException {
    int annex = packet.sectionPages().get("Anexo D. Procedencia");
    String text = normalize(PacketFixture.text(pdf, annex, pdf.getNumberOfPages()));
    for (Path input : PacketFixture.inputs()) {
      String sha = Hashing.sha256(Files.readAllBytes(input));
      assertThat(text).contains(input.toString()).contains(sha);
    }
    byte[] plan = PacketFixture.class.getResourceAsStream("/plan-2025.yaml").readAllBytes();
    assertThat(text)
        .contains("pat-2025-mpi-cdmx")
        .contains(Hashing.sha256(plan))
        .contains("mpi 9.9.9-test");
  }

  @Test
  void coverShowsInstitutionBoardSessionPeriodAndDate() {
    String cover = normalize(PacketFixture.text(pdf, 1, 1));
    assertThat(cover)
        .contains("Mecanismo de Protección Integral de Personas Defensoras")
        .contains("Junta de Gobierno")
        .contains("Segunda Sesión Ordinaria 2025")
        .contains("Segundo trimestre 2025 (abril–junio) · 2025-Q2")
        .contains("Fecha 26 de junio de 2025")
        // the executive summary's counts on the first page, with where the rest is
        .contains("Situación De los ")
        .contains(
            "están en «1. Resumen ejecutivo», página "
                + packet.sectionPages().get("1. Resumen ejecutivo"));
    // the cover, with its warning (session before the cut-off) and personal-data line, is one page
    assertThat(packet.sectionPages().get("Índice")).isEqualTo(2);
  }

  @Test
  void coverSaysSessionAndDateNotGivenWhenAbsent() throws IOException {
    RenderedPacket plain = PacketFixture.render(new PacketOptions(null, null, "1.0"));
    try (PDDocument doc = PacketFixture.load(plain.pdf())) {
      String cover = normalize(PacketFixture.text(doc, 1, 1));
      assertThat(cover)
          .contains("Sesión: no indicada")
          .contains("Fecha no indicada")
          .doesNotContain("de junio de 2025 Corte");
      assertThat(doc.getDocumentInformation().getCreationDate().toInstant().toString())
          .isEqualTo("2025-06-30T06:00:00Z");
    }
  }

  @Test
  void flagsEveryYellowAndRedIndicatorWithoutCorrectiveActionEvenWithNotes() {
    // regression: a note, any note, counted as «justificación»; the fixture has no «accion»
    // column, so all three (1.1.2 without notes, 1.1.3 and 4.1 with notes) lack an action
    int from = packet.sectionPages().get("3. Indicadores en amarillo y rojo");
    int to = packet.sectionPages().get("Anexo A. Mediciones recibidas") - 1;
    String text = normalize(PacketFixture.text(pdf, from, to));
    String unjustified = text.substring(text.indexOf("1.1.2 Realización de las sesiones"));
    assertThat(unjustified)
        .startsWith("1.1.2")
        .contains("Sin acción correctiva")
        .contains("Ninguna medición del acumulado trae una nota.");
    assertThat(text)
        .contains("1.1.3 Mesa de Trabajo Multisectorial")
        .contains("La actividad se reprogramó para septiembre por la agenda de la Mesa.")
        .contains("4.1 Transparencia.")
        .contains("Faltan dos constancias por emitir.");
    assertThat(text).doesNotContain("justificación");
    // once in the introduction, then one flag per indicator
    assertThat(text.split("Sin acción correctiva — ninguna", -1)).hasSize(3 + 1);
  }

  @Test
  void annexesListEveryRowTheValidationWarningAndTheThresholds() {
    Map<String, Integer> pages = packet.sectionPages();
    String data =
        normalize(
            PacketFixture.text(
                pdf,
                pages.get("Anexo A. Mediciones recibidas"),
                pages.get("Anexo B. Resultado de la validación") - 1));
    assertThat(data)
        .contains("Las 18 filas válidas de 2 archivos")
        .contains("Taller en Iztapalapa")
        // regression: the header read «Líne a» and «Indicad or», broken inside the word
        .contains("Línea Indicador Periodo Variable Valor Nota Fuente");
    String validation =
        normalize(
            PacketFixture.text(
                pdf,
                pages.get("Anexo B. Resultado de la validación"),
                pages.get("Anexo C. Metodología, umbrales y glosario") - 1));
    assertThat(validation).contains("Errores: 0. Advertencias: 1.").contains("personal-data");
    String method =
        normalize(
            PacketFixture.text(
                pdf,
                pages.get("Anexo C. Metodología, umbrales y glosario"),
                pages.get("Anexo D. Procedencia") - 1));
    assertThat(method).contains("resultado acumulado de 90 % o más").contains("Sin meta");
  }

  @Test
  void sameInputsAndDateGiveIdenticalBytes() {
    assertThat(PacketFixture.render().pdf()).isEqualTo(packet.pdf());
  }

  @Test
  void everyFontIsEmbeddedIncludingChartText() throws IOException {
    int fonts = 0;
    for (PDPage page : pdf.getPages()) {
      fonts += checkFonts(page.getResources());
    }
    assertThat(fonts).isPositive();
  }

  private static int checkFonts(PDResources resources) throws IOException {
    if (resources == null) {
      return 0;
    }
    int n = 0;
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      assertThat(font.isEmbedded()).as("tipo de letra %s incrustado", font.getName()).isTrue();
      assertThat(font.getName()).contains("DejaVuSans");
      n++;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        n += checkFonts(form.getResources());
      }
    }
    return n;
  }

  private static int page(List<Bookmark> bookmarks, String title) {
    return bookmarks.stream().filter(b -> b.title().equals(title)).findFirst().orElseThrow().page();
  }

  private static String normalize(String text) {
    // a number and its "%" are joined by a no-break space in the PDF
    return text.replaceAll("[\\s\u00A0]+", " ").strip() + " ";
  }

  @Test
  void annexECarriesEveryInterpretationWithThePlansWordsAndALineForTheAgreement() {
    List<Bookmark> bookmarks = PacketFixture.bookmarks(pdf);
    int first = page(bookmarks, "Anexo E. Criterios de interpretación");
    String annex = normalize(PacketFixture.text(pdf, first, pdf.getNumberOfPages()));
    // the plan YAML carries «interpretacion» on 19 indicators (mpi plan lint lists them)
    assertThat(annex.split("Acuerdo de la Junta", -1)).hasSize(19 + 1);
    assertThat(annex)
        .contains("1.2.1 Atención y canalización de casos.")
        .contains("Lo que dice el plan")
        .contains("Lectura de la herramienta")
        .contains("Se lee como variación")
        .contains("realizadas entre la cifra del periodo anterior, por 100");
    String summary = normalize(PacketFixture.text(pdf, 1, first - 1));
    assertThat(summary).contains("Anexo E de la carpeta, «Criterios de interpretación»");
  }

  @Test
  void annexCEndsWithTheGlossary() {
    List<Bookmark> bookmarks = PacketFixture.bookmarks(pdf);
    int first = page(bookmarks, "Anexo C. Metodología, umbrales y glosario");
    int last = page(bookmarks, "Anexo D. Procedencia") - 1;
    String annex = normalize(PacketFixture.text(pdf, first, last));
    assertThat(annex).contains("Glosario").contains("Cobertura").contains("Sobrecumplimiento");
  }
}
