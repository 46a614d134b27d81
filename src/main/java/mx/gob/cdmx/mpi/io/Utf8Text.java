package mx.gob.cdmx.mpi.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The one place that recognises the UTF-8 byte-order mark and decodes UTF-8 strictly. */
public final class Utf8Text {

  private Utf8Text() {}

  /** True when the first {@code length} bytes of {@code bytes} start with the UTF-8 BOM. */
  public static boolean hasBom(byte[] bytes, int length) {
    return length >= 3
        && bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF;
  }

  /**
   * {@code bytes} as UTF-8 text, without a leading BOM when {@code skipBom}; malformed UTF-8 is an
   * exception, never a replacement character.
   */
  public static String decodeStrict(byte[] bytes, boolean skipBom) throws CharacterCodingException {
    int offset = skipBom && hasBom(bytes, bytes.length) ? 3 : 0;
    // The JDK's own decoding is several times faster than a decoder object; it replaces malformed
    // input with U+FFFD, so a text with that character (rare) is decoded again, strictly.
    String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
        .toString();
  }
}
