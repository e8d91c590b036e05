package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final TextDecoder decoder = new TextDecoder();

  @Test
  void failsOnAnEmptyFile() {
    assertThatThrownBy(() -> decoder.decode(new byte[0]))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("the file is empty");
  }

  @Test
  void failsOnAFileHoldingOnlyAByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    assertThatThrownBy(() -> decoder.decode(bom)).hasMessage("the file is empty");
  }

  @Test
  void failsOnAPngImageNamingTheFirstNulByte() {
    // given the first bytes of every PNG file: signature, then the IHDR chunk length 00 00 00 0D
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 'I', 'H', 'D', 'R'
    };

    // when / then
    assertThatThrownBy(() -> decoder.decode(png))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("binary content, not text (NUL byte at offset 8)");
    assertThat(decoder.looksBinary(png)).isTrue();
  }

  @Test
  void failsOnRandomBytesWithNuls() {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    noise[17] = 0;

    assertThatThrownBy(() -> decoder.decode(noise))
        .hasMessageStartingWith("binary content, not text (NUL byte at offset ");
  }

  @Test
  void failsOnBytesThatAreMostlyControlCharacters() {
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 0x01 + i % 7 : 'a');
    }

    assertThatThrownBy(() -> decoder.decode(controls))
        .hasMessage("binary content, not text (100 of the first 200 bytes are control characters)");
  }

  @Test
  void failsOnUtf8WithATruncatedSequenceNamingItsOffset() {
    // given a valid "é" (C3 A9), so the file claims UTF-8, then a euro sign cut after two bytes
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("café ".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {(byte) 0xE2, (byte) 0x82});
    bytes.writeBytes("!".getBytes(StandardCharsets.UTF_8));

    // when / then: "caf" is 3 bytes, "é" 2 and the space 1, so the damage starts at byte 6
    assertThatThrownBy(() -> decoder.decode(bytes.toByteArray()))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("invalid UTF-8 at byte 6");
  }

  @Test
  void readsUtf8AndDropsItsByteOrderMark() throws UnreadableFileException {
    byte[] bytes = "\uFEFFNaïve café".getBytes(StandardCharsets.UTF_8);

    DecodedText decoded = decoder.decode(bytes);

    assertThat(decoded.text()).isEqualTo("Naïve café");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void readsWindows1252WhenTheBytesAreNotUtf8() throws UnreadableFileException {
    // given "café" and curly quotes as an old Windows editor saved them: E9, 93 and 94
    byte[] bytes = "She said \u201chello\u201d at the caf\u00e9.".getBytes(WINDOWS_1252);
    assertThat(bytes).contains((byte) 0x93, (byte) 0x94, (byte) 0xE9);

    DecodedText decoded = decoder.decode(bytes);

    assertThat(decoded.text()).isEqualTo("She said \u201chello\u201d at the caf\u00e9.");
    assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
  }

  @Test
  void failsOnAByteUndefinedInWindows1252NamingItsOffset() {
    byte[] bytes = {'a', 'b', 'c', (byte) 0x81, 'd'};

    assertThatThrownBy(() -> decoder.decode(bytes))
        .hasMessage("byte 0x81 at offset 3 is neither UTF-8 nor Windows-1252 text");
  }

  @Test
  void writesEveryLineEndingAsLineFeed() throws UnreadableFileException {
    byte[] bytes = "one\r\ntwo\rthree\nfour".getBytes(StandardCharsets.US_ASCII);

    assertThat(decoder.decode(bytes).text()).isEqualTo("one\ntwo\nthree\nfour");
  }

  @Test
  void readsUtf16MarkedByItsByteOrderMark() throws UnreadableFileException {
    // given what Windows Notepad saves as "Unicode": a little-endian BOM, then UTF-16LE
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.writeBytes("Chapter One\r\nIt was late.".getBytes(StandardCharsets.UTF_16LE));

    DecodedText decoded = decoder.decode(bytes.toByteArray());

    assertThat(decoded.text()).isEqualTo("Chapter One\nIt was late.");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(decoder.looksBinary(bytes.toByteArray())).isFalse();
  }

  @Test
  void keepsAStrayDosEndOfFileMarkAsText() throws UnreadableFileException {
    byte[] bytes = "The end.\n\u001A".getBytes(StandardCharsets.US_ASCII);

    assertThat(decoder.decode(bytes).text()).isEqualTo("The end.\n\u001A");
    assertThat(decoder.looksBinary(bytes)).isFalse();
  }
}
