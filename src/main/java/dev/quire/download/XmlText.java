package dev.quire.download;

import java.text.Normalizer;

/**
 * Text made fit for XML and for HTML validators: characters that XML forbids or HTML calls
 * errors (controls, noncharacters, unpaired surrogates) are dropped, line ends become {@code \n},
 * and the text is put in Unicode normalization form C, which validators expect. Stateless.
 */
final class XmlText {

  private XmlText() {}

  /** {@code text} with what XML and HTML forbid removed; {@code null} becomes empty. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String kept = allowedOnly(text);
    return Normalizer.isNormalized(kept, Normalizer.Form.NFC) ? kept : Normalizer.normalize(kept, Normalizer.Form.NFC);
  }

  /** {@code text} cleaned, or {@code fallback} when nothing but blanks is left. */
  static String orElse(String text, String fallback) {
    String clean = clean(text);
    return clean.isBlank() ? fallback : clean;
  }

  /** {@code text}, cleaned, escaped for an XML element's text or a quoted attribute. */
  static String escape(String text) {
    String clean = clean(text);
    StringBuilder escaped = new StringBuilder(clean.length() + 16);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static String allowedOnly(String text) {
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!allowed(c) || c == '\r') {
        break;
      }
      i += Character.charCount(c);
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    kept.append(text, 0, i);
    while (i < text.length()) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\r') {
        if (i >= text.length() || text.charAt(i) != '\n') {
          kept.append('\n');
        }
      } else if (allowed(c)) {
        kept.appendCodePoint(c);
      }
    }
    return kept.toString();
  }

  private static boolean allowed(int c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (c >= 0x7F && c <= 0x9F) {
      return false;
    }
    if (c <= 0xFFFF && Character.isSurrogate((char) c)) {
      return false;
    }
    if (c >= 0xFDD0 && c <= 0xFDEF) {
      return false;
    }
    return (c & 0xFFFE) != 0xFFFE;
  }
}
