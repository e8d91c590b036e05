package dev.quire.download.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): {@code attachment} with the name in
 * ASCII for old clients, and for a name beyond ASCII also {@code filename*} in UTF-8 (RFC 5987),
 * which browsers prefer.
 */
final class Attachment {

  private static final String ATTR_CHARS = "!#$&+-.^_`|~";

  private Attachment() {}

  /** The header's value for a file saved as {@code fileName} (which holds no quote or backslash). */
  static String disposition(String fileName) {
    String ascii = ascii(fileName);
    String header = "attachment; filename=\"" + ascii + "\"";
    return ascii.equals(fileName) ? header : header + "; filename*=UTF-8''" + rfc5987(fileName);
  }

  /** Accents dropped, anything else beyond printable ASCII replaced by {@code _}. */
  private static String ascii(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder ascii = new StringBuilder(name.length());
    decomposed.codePoints().forEach(c -> {
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        return;
      }
      ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_');
    });
    return ascii.toString();
  }

  private static String rfc5987(String name) {
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
        encoded.write(c);
      } else {
        encoded.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
      }
    }
    return encoded.toString(StandardCharsets.US_ASCII);
  }
}
