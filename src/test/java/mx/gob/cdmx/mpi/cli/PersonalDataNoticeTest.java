package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a document whose notes lost personal data says so itself, on its first page, not only
 * the command's standard error. The note below holds four data by hand count: an e-mail, a CURP, a
 * phone number and a full name.
 */
class PersonalDataNoticeTest {

  private static final String NOTICE =
      "Se omitieron 4 datos personales (CURP, RFC, correo, teléfono o nombre de persona) de las"
          + " notas, fuentes y acciones correctivas de los datos; se muestran como «[dato personal"
          + " omitido]».";

  @TempDir Path dir;

  private Path data() throws Exception {
    return Files.writeString(
        dir.resolve("datos.csv"),
        "indicador,periodo,valor,nota\n"
            + "1.2.3,2025-Q1,3,\"Contacto: ana.lopez@example.org, CURP GOMA800101HDFRRN09,"
            + " tel. 55 1234 5678, María Pérez López\"\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void documentsSayHowManyPersonalDataWereOmitted() throws Exception {
    Path csv = data();
    String[] common = {"--period", "2025-Q1", "--date", "2025-04-10"};
    CliRun md = run("report", common, "--format", "md", "-o", dir + "/informe.md", csv);
    assertThat(md.code()).as(md.err()).isZero();
    String text = Files.readString(dir.resolve("informe.md"));
    assertThat(text)
        .contains("> **Datos personales:** " + NOTICE.replace("[", "\\[").replace("]", "\\]"));

    CliRun pdf = run("report", common, "-o", dir + "/informe.pdf", csv);
    assertThat(pdf.code()).as(pdf.err()).isZero();
    assertThat(firstPage(dir.resolve("informe.pdf")))
        .contains("Datos personales", "Se omitieron 4");

    CliRun packet = run("packet", common, "-o", dir + "/carpeta.pdf", csv);
    assertThat(packet.code()).as(packet.err()).isZero();
    assertThat(firstPage(dir.resolve("carpeta.pdf")))
        .contains("Datos personales", "Se omitieron 4 datos personales");
  }

  @Test
  void documentsWithoutPersonalDataSayNothingAboutThem() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("datos.csv"),
            "indicador,periodo,valor,nota\n1.2.3,2025-Q1,3,Visita de seguimiento\n");
    CliRun md =
        run(
            "report",
            new String[] {"--period", "2025-Q1"},
            "--format",
            "md",
            "-o",
            dir + "/informe.md",
            csv);
    assertThat(md.code()).as(md.err()).isZero();
    assertThat(Files.readString(dir.resolve("informe.md"))).doesNotContain("Datos personales");
  }

  private static CliRun run(String command, String[] common, Object... rest) {
    java.util.List<String> args = new java.util.ArrayList<>();
    args.add(command);
    args.addAll(java.util.List.of(common));
    for (Object o : rest) {
      args.add(o.toString());
    }
    return CliRun.run(args.toArray(String[]::new));
  }

  /** The text of the first page, lines joined with spaces (the cell wraps its sentence). */
  private static String firstPage(Path pdf) throws Exception {
    try (PDDocument doc = PDDocument.load(pdf.toFile())) {
      PDFTextStripper s = new PDFTextStripper();
      s.setStartPage(1);
      s.setEndPage(1);
      return s.getText(doc).replaceAll("\\s+", " ");
    }
  }
}
