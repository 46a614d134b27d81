package mx.gob.cdmx.mpi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first pass over a file skips plain ASCII quickly; what it notes around that (line breaks of
 * every kind, the first byte that is not UTF-8, control characters) is what it noted before.
 */
class FileScanTest {

  @TempDir Path dir;

  @Test
  void countsLinesAcrossOldMacBreaksAndFindsTheFirstBadByte() throws IOException {
    // lines: "a" ends in CR, "bc" in LF, "d" in CRLF, then "e" and a Latin-1 byte: line 4
    Path f = write("a\rbc\nd\r\ne".getBytes(StandardCharsets.US_ASCII), (byte) 0xE9);
    FileScan scan = FileScan.of(f);
    assertThat(scan.utf8()).isFalse();
    assertThat(scan.firstBadLine()).isEqualTo(4);
    assertThat(scan.binary()).isNull();
  }

  @Test
  void aTruncatedSequenceAfterAsciiIsNotUtf8AndANulMakesItBinary() throws IOException {
    assertThat(FileScan.of(write("x,1\n".getBytes(StandardCharsets.US_ASCII), (byte) 0xC3)).utf8())
        .isFalse();
    FileScan good = FileScan.of(write("año,ñ\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(good.utf8()).isTrue();
    assertThat(good.bom()).isFalse();
    assertThat(FileScan.of(write("a,b\n".getBytes(StandardCharsets.US_ASCII), (byte) 0)).binary())
        .contains("bytes nulos");
  }

  private Path write(byte[] text, byte... tail) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(text);
    out.write(tail);
    Path f = Files.createTempFile(dir, "scan", ".csv");
    Files.write(f, out.toByteArray());
    return f;
  }
}
