package dev.quire.ingest.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Decodes one value of a dump read byte for byte, as old MySQL archives stored text: each value is
 * UTF-8 when its bytes are valid UTF-8, else Windows-1252 (latin1 as MySQL means it), whatever the
 * rest of the dump is. Text that was UTF-8 read as Windows-1252 and stored again as UTF-8 (the usual
 * double encoding: {@code Ã©} for {@code é}, {@code â€™} for {@code ’}) is repaired, up to twice,
 * when the repair gives valid UTF-8. Stateless and thread-safe.
 */
final class DumpValueText {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern MOJIBAKE = Pattern.compile("[ÃÂÅÆÐÑ][\\u0080-\\u00BF\\u0152\\u0153\\u0160"
      + "\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013-\\u203A\\u20AC\\u2122]|â€");
  /** The byte Windows-1252 writes for each character of 0x80..0x9F, the rest being latin1's. */
  private static final char[] HIGH = new char[32];

  static {
    for (int b = 0x80; b < 0xA0; b++) {
      String decoded = new String(new byte[] {(byte) b}, WINDOWS_1252);
      HIGH[b - 0x80] = decoded.charAt(0) == '\uFFFD' ? (char) b : decoded.charAt(0);
    }
  }

  private DumpValueText() {}

  /**
   * The text of a value whose characters are its bytes ({@code U+0000..U+00FF}); a value holding
   * other characters is taken as already decoded and only repaired.
   */
  static String decode(String raw) {
    if (raw == null) {
      return null;
    }
    boolean ascii = true;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c > 0xFF) {
        return repair(raw);
      }
      ascii &= c < 0x80;
    }
    if (ascii) {
      return raw;
    }
    return decode(raw.getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * The text of a value whose characters are its bytes, as UTF-8 when they are valid UTF-8 and else
   * as Windows-1252, without repairing a double encoding: what decoding its whole file gives.
   */
  static String decodeAsWritten(String raw) {
    if (raw == null) {
      return null;
    }
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) >= 0x80) {
        byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? utf8 : windows1252(bytes);
      }
    }
    return raw;
  }

  /** Bytes as UTF-8 when they are valid UTF-8, else as Windows-1252; then repaired. */
  static String decode(byte[] bytes) {
    String utf8 = strictUtf8(bytes);
    return repair(utf8 != null ? utf8 : windows1252(bytes));
  }

  private static String windows1252(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      int v = b & 0xFF;
      text.append(v >= 0x80 && v < 0xA0 ? HIGH[v - 0x80] : (char) v);
    }
    return text.toString();
  }

  /** Undoes a double encoding while the text shows one and undoing it gives valid UTF-8. */
  static String repair(String text) {
    for (int round = 0; round < 2 && MOJIBAKE.matcher(text).find(); round++) {
      byte[] bytes = asWindows1252(text);
      String fixed = bytes == null ? null : strictUtf8(bytes);
      if (fixed == null) {
        return text;
      }
      text = fixed;
    }
    return text;
  }

  /** The text's Windows-1252 bytes, or {@code null} when it holds a character that has none. */
  private static byte[] asWindows1252(String text) {
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int b = -1;
      if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
        b = c;
      } else {
        for (int h = 0; h < HIGH.length; h++) {
          if (HIGH[h] == c) {
            b = 0x80 + h;
          }
        }
      }
      if (b < 0) {
        return null;
      }
      bytes[i] = (byte) b;
    }
    return bytes;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
