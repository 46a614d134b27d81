package mx.gob.cdmx.mpi.render.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import mx.gob.cdmx.mpi.render.markdown.MarkdownReport;
import mx.gob.cdmx.mpi.render.markdown.MarkdownTemplates;
import mx.gob.cdmx.mpi.render.markdown.TemplateProblem;
import mx.gob.cdmx.mpi.render.pdf.PdfReport;
import mx.gob.cdmx.mpi.render.report.ReportModel;

/**
 * Writes a report to disk all at once: everything is rendered in memory first, then each file (and
 * the Markdown's chart folder) goes to a temporary name beside its target and is renamed into
 * place, so a failure never leaves a partial file at the target path.
 */
public final class ReportFiles {

  /** The formats a report is written in. */
  public enum Format {
    PDF(".pdf"),
    MARKDOWN(".md");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    /** The file extension, with its dot. */
    public String extension() {
      return extension;
    }
  }

  /** What was written: the report file, its pages (PDF) and the chart folder (Markdown). */
  public record Written(Path file, int pages, Path charts) {

    /** One Spanish line for the user: "Informe escrito en informe-2025-Q2.pdf (12 páginas)". */
    public String message() {
      if (charts == null) {
        return "Informe escrito en "
            + file
            + " ("
            + pages
            + (pages == 1 ? " página)" : " páginas)");
      }
      return "Informe escrito en " + file + " (gráficas en " + charts + "/)";
    }
  }

  private ReportFiles() {}

  /** The default file name of a report: {@code informe-2025-Q2.pdf}, {@code informe-2025.md}. */
  public static String defaultName(String periodCode, Format format) {
    return "informe-" + periodCode + format.extension();
  }

  /** The chart folder of a Markdown file: {@code informe.md} → {@code informe-graficas}. */
  public static Path chartsFolder(Path markdown) {
    String name = markdown.getFileName().toString();
    String base =
        name.toLowerCase(java.util.Locale.ROOT).endsWith(".md")
            ? name.substring(0, name.length() - 3)
            : name;
    return markdown.resolveSibling(base + "-graficas");
  }

  /** Renders the PDF of {@code model} and writes it to {@code target}. */
  public static Written writePdf(ReportModel model, LocalDate documentDate, Path target)
      throws IOException {
    PdfReport.Rendered pdf = PdfReport.render(model, documentDate);
    writeFile(target, pdf.bytes());
    return new Written(target, pdf.pages(), null);
  }

  /** Renders the Markdown of {@code model} with {@code templates}; writes it and its charts. */
  public static Written writeMarkdown(ReportModel model, MarkdownTemplates templates, Path target)
      throws IOException, TemplateProblem {
    Path charts = chartsFolder(target);
    MarkdownReport.Rendered md =
        MarkdownReport.render(model, templates, charts.getFileName().toString());
    writeFolder(charts, md.charts());
    writeFile(target, md.markdown().getBytes(StandardCharsets.UTF_8));
    return new Written(target, 0, charts);
  }

  /** Writes {@code bytes} to a temporary file beside {@code target}, then renames it into place. */
  public static void writeFile(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = sibling(absolute, ".tmp");
    try {
      Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      move(temp, absolute);
      temp = null;
    } finally {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Replaces folder {@code target} by one holding exactly {@code files} (name → UTF-8 text):
   * written to a temporary folder beside it, then swapped in by renames.
   */
  public static void writeFolder(Path target, Map<String, String> files) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = Files.createDirectory(sibling(absolute, ".tmp"));
    Path old = null;
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(temp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      if (Files.exists(absolute)) {
        if (!Files.isDirectory(absolute)) {
          throw new IOException(absolute + " existe y no es una carpeta");
        }
        old = sibling(absolute, ".old");
        move(absolute, old);
      }
      try {
        move(temp, absolute);
      } catch (IOException e) {
        if (old != null) {
          move(old, absolute);
          old = null;
        }
        throw e;
      }
      temp = null;
    } finally {
      if (temp != null) {
        deleteTree(temp);
      }
      if (old != null) {
        deleteTree(old);
      }
    }
  }

  /**
   * A free hidden name beside {@code target} ({@code .informe.pdf.1a2b3c.tmp}); files and folders
   * created under it get the usual permissions (a temp-file API would make them private).
   */
  private static Path sibling(Path target, String suffix) {
    Path candidate;
    do {
      candidate =
          target.resolveSibling(
              "."
                  + target.getFileName()
                  + "."
                  + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFFFL)
                  + suffix);
    } while (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS));
    return candidate;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
