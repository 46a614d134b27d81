package mx.gob.cdmx.mpi.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The first pass over a file's bytes, streamed in chunks: SHA-256, whether it starts with a UTF-8
 * byte-order mark, whether it is valid UTF-8 (and the line of the first invalid byte), and whether
 * it looks like a binary file rather than text.
 */
record FileScan(
    String sha256, long size, boolean bom, boolean utf8, int firstBadLine, String binary) {

  /** Bytes inspected for control characters at the start of the file. */
  private static final int HEAD = 1 << 16;

  static FileScan of(Path path) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
    byte[] head = new byte[8];
    int headLength = 0;
    long size = 0;
    boolean nul = false;
    int controls = 0;
    Utf8 utf8 = new Utf8();
    try (InputStream in = Files.newInputStream(path)) {
      byte[] chunk = new byte[1 << 16];
      int n;
      while ((n = in.read(chunk)) > 0) {
        md.update(chunk, 0, n);
        for (int i = 0; i < n && size + i < head.length; i++) {
          head[headLength++] = chunk[i];
        }
        for (int i = 0; i < n; i++) {
          int b = chunk[i] & 0xff;
          if (b >= 0x20 && b < 0x80 && utf8.need == 0 && !utf8.lastWasCr) {
            continue; // printable ASCII between characters: nothing to note (most of a CSV file)
          }
          long pos = size + i;
          if (b == 0) {
            nul = true;
          } else if (pos < HEAD && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
            controls++;
          }
          utf8.accept(b);
        }
        size += n;
      }
    }
    utf8.end();
    boolean bom = Utf8Text.hasBom(head, headLength);
    String binary = binary(head, headLength, nul, controls, Math.min(size, HEAD));
    return new FileScan(
        HexFormat.of().formatHex(md.digest()), size, bom, utf8.valid, utf8.badLine, binary);
  }

  /** True when the file starts as a ZIP archive (an .xlsx workbook, or .ods, .docx …). */
  public boolean zip() {
    return binary != null && binary.startsWith(ZIP);
  }

  /** True when the file starts as an OLE2 compound document (an old .xls workbook). */
  public boolean ole2() {
    return binary != null && binary.startsWith(OLE2);
  }

  private static final String ZIP = "es un archivo comprimido";
  private static final String OLE2 = "es un libro de Excel antiguo";

  /** Why the bytes are not text (in Spanish, for the message), or null when they are text. */
  private static String binary(byte[] h, int n, boolean nul, int controls, long inspected) {
    if (n >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4) {
      return "es un archivo comprimido que no es un libro de Excel (.xlsx) ni una hoja de"
          + " cálculo conocida";
    }
    if (n >= 4
        && (h[0] & 0xff) == 0xD0
        && (h[1] & 0xff) == 0xCF
        && (h[2] & 0xff) == 0x11
        && (h[3] & 0xff) == 0xE0) {
      return "es un libro de Excel antiguo (.xls) renombrado como .csv";
    }
    if (n >= 4 && h[0] == '%' && h[1] == 'P' && h[2] == 'D' && h[3] == 'F') {
      return "es un documento PDF";
    }
    if (n >= 2
        && (((h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xFE)
            || ((h[0] & 0xff) == 0xFE && (h[1] & 0xff) == 0xFF))) {
      return "está guardado como «Texto Unicode» (UTF-16)";
    }
    if (nul
        && n >= 4
        && ((h[0] != 0 && h[1] == 0 && h[2] != 0 && h[3] == 0)
            || (h[0] == 0 && h[1] != 0 && h[2] == 0 && h[3] != 0))) {
      return "está guardado como «Texto Unicode» (UTF-16)";
    }
    if (nul) {
      return "contiene bytes nulos, que no aparecen en un archivo de texto";
    }
    if (controls > 8 && controls * 100L > inspected) {
      return "contiene demasiados caracteres de control para ser texto";
    }
    return null;
  }

  /** A byte-at-a-time UTF-8 validator that remembers the line of the first invalid sequence. */
  private static final class Utf8 {
    boolean valid = true;
    int badLine;
    private int need;
    private int lower = 0x80;
    private int upper = 0xBF;
    private int line = 1;
    private boolean lastWasCr;

    void accept(int b) {
      if (valid) {
        check(b);
      }
      if (b == '\r' || (b == '\n' && !lastWasCr)) {
        line++;
      }
      lastWasCr = b == '\r';
    }

    private void check(int b) {
      if (need > 0) {
        if (b < lower || b > upper) {
          fail();
          return;
        }
        need--;
        lower = 0x80;
        upper = 0xBF;
        return;
      }
      if (b < 0x80) {
        return;
      }
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        lower = b == 0xE0 ? 0xA0 : 0x80;
        upper = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        lower = b == 0xF0 ? 0x90 : 0x80;
        upper = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        fail();
      }
    }

    void end() {
      if (valid && need > 0) {
        fail();
      }
    }

    private void fail() {
      valid = false;
      badLine = line;
    }
  }
}
