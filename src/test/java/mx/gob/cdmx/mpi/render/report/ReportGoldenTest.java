package mx.gob.cdmx.mpi.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mx.gob.cdmx.mpi.Golden;
import mx.gob.cdmx.mpi.cli.Cli;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of the Markdown report: each folder of {@code src/test/resources/report/golden/}
 * holds the data ({@code *.csv}), the options ({@code args.txt}) and the expected {@code
 * informe.md} with its charts in {@code informe-graficas/}. Every case runs twice and must give
 * identical bytes. Regenerate with {@code -Dgolden.update=true} (the run then fails on purpose: see
 * {@link Golden}), read the diff by eye, and run again without it. The runs see an empty
 * environment, so {@code SOURCE_DATE_EPOCH} set where the suite runs changes nothing.
 *
 * <p>Figures checked by hand against docs/metodologia.md and the data when the files were accepted:
 *
 * <ul>
 *   <li>bimestral-2025-B2 (March–April): 1.1.2 monthly rows 1,0,1,0 → period 1 of target 1.5
 *       (quarterly schedule 25 % of 6 at the end of March, 0 more by April), to date 2 of 1.5 → "(2
 *       / 1.5) × 100 = 133.3 %", green with over-target; quarterly indicators have no row inside
 *       March–April, so their period is "sin datos" and their to-date window (January–April) is
 *       partial: status "Datos parciales" with "falta abril".
 *   <li>trimestral-2025-Q2: 1.1.1 rows Q1 = 1, Q2 = 1, target 4 → "(1 / 1) × 100 = 100.0 %" and "(2
 *       / 2) × 100 = 100.0 %", progress 2 / 4 = 50.0 % against 50.0 % expected; 1.3 bimonthly rows
 *       0,1,1 → to date 2 of 2.5 = 80.0 % yellow, April–June partial (B2 straddles March); 1.2.1
 *       "(15 / 14) × 100 = 107.1 %" (anterior = Q1) and "(29 / 28) × 100 = 103.6 %" (baseline
 *       January–June 2024 = 13 + 15), comparison "+1 (+3.6 %)"; 2.3 zero of 0.5 = red.
 *   <li>anual-2025 (no --date, so no date of issue): 1.1.1 3 of 4 = 75.0 % yellow, baseline 2024 =
 *       1 + 1 + 0 + 1 = 3, comparison "sin cambio"; 3.5 4 of 3 = 133.3 % green over target; 4.1 "(7
 *       / 8) × 100 = 87.5 %" yellow; 5.3 no rows = "Sin datos"; 3.4 without Q4 = partial; notes
 *       with {@code | * _ # [ ]} and a line break are escaped and stay inside their table cell.
 * </ul>
 */
class ReportGoldenTest {

  private static final Path GOLDEN = Golden.PROJECT.resolve("src/test/resources/report/golden");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesTheExpectedMarkdownTwiceAlike(Path dir, @TempDir Path tmp) throws IOException {
    Path first = run(dir, tmp.resolve("a"));
    Path second = run(dir, tmp.resolve("b"));

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    List<String> written = names(charts(first));
    assertThat(names(charts(second))).isEqualTo(written);
    for (String chart : written) {
      assertThat(Files.readAllBytes(charts(second).resolve(chart)))
          .isEqualTo(Files.readAllBytes(charts(first).resolve(chart)));
    }
    Path golden = dir.resolve("informe-graficas");
    if (Golden.updating()) {
      Files.createDirectories(golden);
      Files.copy(
          first, dir.resolve("informe.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      for (String old : names(golden)) {
        Files.delete(golden.resolve(old));
      }
      for (String chart : written) {
        Files.copy(
            charts(first).resolve(chart),
            golden.resolve(chart),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      Golden.rewritten(dir.resolve("informe.md"));
    }
    assertThat(read(first)).isEqualTo(read(dir.resolve("informe.md")));
    assertThat(written).as("gráficas").isEqualTo(names(golden));
    for (String chart : written) {
      assertThat(read(charts(first).resolve(chart)))
          .as(chart)
          .isEqualTo(read(dir.resolve("informe-graficas").resolve(chart)));
    }
  }

  /**
   * The same case rendered as PDF: its extracted text (PDFBox) is compared with {@code
   * informe.pdf.txt}, reviewed by eye like the Markdown, so every figure, word and page footer of
   * the PDF is under test, not only a few lines.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesThePdfWhoseTextIsTheExpectedOne(Path dir, @TempDir Path tmp) throws IOException {
    Path pdf = run(dir, tmp, "pdf");
    String text;
    try (PDDocument doc = PDDocument.load(pdf.toFile())) {
      text = new PDFTextStripper().getText(doc);
    }
    Path expected = dir.resolve("informe.pdf.txt");
    if (Golden.updating()) {
      Files.writeString(expected, text, StandardCharsets.UTF_8);
      Golden.rewritten(expected);
    }
    assertThat(text).isEqualTo(read(expected));
  }

  private static Path run(Path dir, Path outDir) throws IOException {
    return run(dir, outDir, "md");
  }

  private static Path run(Path dir, Path outDir, String format) throws IOException {
    Files.createDirectories(outDir);
    Path target = outDir.resolve("informe." + format);
    List<String> args = new ArrayList<>();
    args.add("report");
    for (String line : Files.readAllLines(dir.resolve("args.txt"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()
          && !line.strip().startsWith("#")
          && !line.strip().startsWith("--format")) {
        args.addAll(List.of(line.strip().split("\\s+")));
      }
    }
    args.add("--format");
    args.add(format);
    args.add("-o");
    args.add(target.toString());
    try (Stream<Path> files = Files.list(dir)) {
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
            java.util.Map.<String, String>of()::get,
            new PrintWriter(out),
            new PrintWriter(err),
            args.toArray(String[]::new));
    assertThat(code).as("salida de error: %s", err).isZero();
    assertThat(out.toString()).startsWith("Informe escrito en " + target);
    return target;
  }

  /** The content-named chart folder beside {@code markdown} (there must be exactly one). */
  private static Path charts(Path markdown) throws IOException {
    try (Stream<Path> s = Files.list(markdown.getParent())) {
      List<Path> folders =
          s.filter(p -> p.getFileName().toString().matches("informe-graficas-[0-9a-f]{12}"))
              .toList();
      assertThat(folders).hasSize(1);
      return folders.get(0);
    }
  }

  /** The names of the files in {@code folder}, sorted. */
  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
