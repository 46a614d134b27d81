package mx.gob.cdmx.mpi.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Helpers for the xlsx workbooks the tool writes (SIPOT formats, templates, evaluations). */
public final class XlsxFiles {

  private XlsxFiles() {}

  /**
   * The same zip with every entry's time set to {@code stamp} and the workbook's creation date
   * (docProps/core.xml) too, so two runs give the same bytes.
   */
  public static byte[] reproducible(byte[] zip, LocalDateTime stamp) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path temp = null;
    try {
      // the writer's zip64 data descriptors trip ZipInputStream; ZipFile reads the directory
      temp = Files.createTempFile("mpi-xlsx", ".xlsx");
      Files.write(temp, zip);
      try (ZipFile in = new ZipFile(temp.toFile());
          ZipOutputStream z = new ZipOutputStream(out)) {
        for (ZipEntry e : Collections.list(in.entries())) {
          byte[] bytes;
          try (InputStream entry = in.getInputStream(e)) {
            bytes = entry.readAllBytes();
          }
          if (e.getName().equals("docProps/core.xml")) {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            xml =
                xml.replaceAll(
                    "(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                    "$1" + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(stamp) + "Z$2");
            bytes = xml.getBytes(StandardCharsets.UTF_8);
          }
          ZipEntry copy = new ZipEntry(e.getName());
          copy.setTimeLocal(stamp);
          z.putNextEntry(copy);
          z.write(bytes);
          z.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // a temporary copy left behind is harmless; the result is already in memory
        }
      }
    }
    return out.toByteArray();
  }
}
