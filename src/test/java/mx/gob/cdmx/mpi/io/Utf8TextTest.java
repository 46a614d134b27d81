package mx.gob.cdmx.mpi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strict UTF-8 decoding: the JDK's fast path for good text, an error for malformed bytes. */
class Utf8TextTest {

  @Test
  void decodesGoodTextAndDropsTheByteOrderMarkWhenAsked() throws CharacterCodingException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, (byte) 0xB1};
    assertThat(Utf8Text.decodeStrict(bom, true)).isEqualTo("añ");
    assertThat(Utf8Text.decodeStrict(bom, false)).isEqualTo("\uFEFFañ");
  }

  @Test
  void aRealReplacementCharacterIsKeptNotTakenForAnError() throws CharacterCodingException {
    byte[] text = "valor \uFFFD ilegible".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8Text.decodeStrict(text, true)).isEqualTo("valor \uFFFD ilegible");
  }

  @Test
  void malformedBytesAreAnErrorNotAReplacementCharacter() {
    byte[] latin1 = "año".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> Utf8Text.decodeStrict(latin1, true))
        .isInstanceOf(CharacterCodingException.class);
    byte[] both = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xFF};
    assertThatThrownBy(() -> Utf8Text.decodeStrict(both, true))
        .isInstanceOf(CharacterCodingException.class);
  }
}
