package dev.quire.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an uploaded text file into a string, or says why it cannot.
 *
 * <p>The contract, in the order the checks run:
 *
 * <ol>
 *   <li>an empty file (or one holding only a byte order mark) fails: "the file is empty";
 *   <li>a UTF-16 byte order mark selects strict UTF-16;
 *   <li>a NUL byte, or more than one control character in ten (other than tab, line feed, carriage
 *       return and form feed), within the first 8 KiB fails as binary content;
 *   <li>a UTF-8 byte order mark is dropped;
 *   <li>strictly valid UTF-8 is read as UTF-8;
 *   <li>bytes that hold well-formed UTF-8 multi-byte sequences next to malformed ones fail:
 *       "invalid UTF-8 at byte N", since the file claims UTF-8 but is damaged;
 *   <li>otherwise bytes that are all defined in Windows-1252 are read as Windows-1252, the encoding
 *       of most older archive files;
 *   <li>anything else fails, naming the offset of the first byte that neither encoding accepts.
 * </ol>
 *
 * <p>Every offset is counted in bytes from the start of the file, byte order mark included. Line
 * endings ({@code \r\n}, {@code \r}) come back as {@code \n}. Stateless and thread-safe.
 */
public final class TextDecoder {

  private static final int SNIFF_BYTES = 8 * 1024;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Decodes {@code bytes} following the rules above.
   *
   * @throws UnreadableFileException with the reason when the bytes are not readable text
   */
  public DecodedText decode(byte[] bytes) throws UnreadableFileException {
    if (bytes.length == 0) {
      throw new UnreadableFileException("the file is empty");
    }
    Charset utf16 = utf16ByBom(bytes);
    if (utf16 != null) {
      return decodeUtf16(bytes, utf16);
    }
    rejectBinary(bytes);
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    if (start == bytes.length) {
      throw new UnreadableFileException("the file is empty");
    }
    Attempt utf8 = attempt(StandardCharsets.UTF_8, bytes, start);
    if (utf8.text() != null) {
      return decoded(utf8.text(), StandardCharsets.UTF_8);
    }
    if (hasWellFormedMultiByteSequence(bytes, start)) {
      throw new UnreadableFileException("invalid UTF-8 at byte " + utf8.errorOffset());
    }
    Attempt cp1252 = attempt(WINDOWS_1252, bytes, start);
    if (cp1252.text() != null) {
      return decoded(cp1252.text(), WINDOWS_1252);
    }
    throw new UnreadableFileException(
        String.format(
            "byte 0x%02X at offset %d is neither UTF-8 nor Windows-1252 text",
            bytes[cp1252.errorOffset()] & 0xFF, cp1252.errorOffset()));
  }

  private static DecodedText decodeUtf16(byte[] bytes, Charset charset)
      throws UnreadableFileException {
    if (bytes.length == 2) {
      throw new UnreadableFileException("the file is empty");
    }
    Attempt attempt = attempt(charset, bytes, 2);
    if (attempt.text() == null) {
      throw new UnreadableFileException("invalid UTF-16 at byte " + attempt.errorOffset());
    }
    // UTF-16 hides NUL bytes inside every ASCII character, so binary content shows up only after
    // decoding, as control characters.
    String sample = attempt.text().substring(0, Math.min(attempt.text().length(), SNIFF_BYTES));
    int nul = sample.indexOf('\0');
    if (nul >= 0) {
      throw new UnreadableFileException(
          "binary content, not text (NUL character at offset " + (2 + 2 * nul) + ")");
    }
    long controls = sample.chars().filter(TextDecoder::isBinaryControl).count();
    if (controls * 10 > sample.length()) {
      throw new UnreadableFileException("binary content, not text (too many control characters)");
    }
    return decoded(attempt.text(), charset);
  }

  /**
   * Whether the bytes are clearly not text, judged from the first 8 KiB only: a NUL byte or too
   * many control characters. Cheap enough to choose a format with; {@link #decode} still has the
   * last word, and an empty file is not binary.
   */
  public boolean looksBinary(byte[] bytes) {
    return utf16ByBom(bytes) == null && binaryReason(bytes) != null;
  }

  private static void rejectBinary(byte[] bytes) throws UnreadableFileException {
    String reason = binaryReason(bytes);
    if (reason != null) {
      throw new UnreadableFileException(reason);
    }
  }

  private static String binaryReason(byte[] bytes) {
    int length = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        return "binary content, not text (NUL byte at offset " + i + ")";
      }
      if (isBinaryControl(bytes[i])) {
        controls++;
      }
    }
    if (controls * 10L > length) {
      return String.format(
          "binary content, not text (%d of the first %d bytes are control characters)",
          controls, length);
    }
    return null;
  }

  private static boolean isBinaryControl(int value) {
    return (value >= 0
            && value < 0x20
            && value != '\t'
            && value != '\n'
            && value != '\r'
            && value != '\f')
        || value == 0x7F;
  }

  private static Charset utf16ByBom(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /** The decoded text, or the file offset of the first byte the charset rejects. */
  private record Attempt(String text, int errorOffset) {}

  private static Attempt attempt(Charset charset, byte[] bytes, int start) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return new Attempt(null, in.position());
    }
    decoder.flush(out);
    return new Attempt(out.flip().toString(), -1);
  }

  private static boolean hasWellFormedMultiByteSequence(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      if ((bytes[i] & 0xFF) >= 0xC2 && wellFormedSequenceLength(bytes, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of the well-formed UTF-8 sequence starting at {@code i}, or 0. Follows table 3-7 of
   * the Unicode standard, so overlong forms and surrogates do not count as UTF-8 evidence.
   */
  private static int wellFormedSequenceLength(byte[] bytes, int i) {
    int lead = bytes[i] & 0xFF;
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      low = lead == 0xE0 ? 0xA0 : low;
      high = lead == 0xED ? 0x9F : high;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      low = lead == 0xF0 ? 0x90 : low;
      high = lead == 0xF4 ? 0x8F : high;
    } else {
      return 0;
    }
    if (i + length > bytes.length) {
      return 0;
    }
    int second = bytes[i + 1] & 0xFF;
    if (second < low || second > high) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      int next = bytes[i + k] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return 0;
      }
    }
    return length;
  }

  private static DecodedText decoded(String text, Charset charset) {
    return new DecodedText(text.replace("\r\n", "\n").replace('\r', '\n'), charset);
  }
}
