package dev.quire.ingest.format;

import dev.quire.ingest.TextDecoder;
import dev.quire.ingest.UnreadableFileException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns the bytes of an HTML file into a jsoup document, for every format that reads HTML.
 *
 * <p>The encoding is the one the file declares ({@code <meta charset>} or the {@code http-equiv}
 * content type, within its first 2 KiB) when that decodes cleanly; otherwise {@link TextDecoder}'s
 * rules apply (UTF-8, else Windows-1252, else a clear failure). Binary bytes fail as binary.
 * Stateless and thread-safe.
 */
final class HtmlInput {

  private static final int SNIFF_BYTES = 2048;
  private static final Pattern DECLARED_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final TextDecoder DECODER = new TextDecoder();

  private HtmlInput() {}

  /** The file parsed as an HTML document. */
  static Document parse(byte[] bytes) throws UnreadableFileException {
    return Jsoup.parse(text(bytes));
  }

  /** The file's text, decoded as described above. */
  static String text(byte[] bytes) throws UnreadableFileException {
    if (DECODER.looksBinary(bytes)) {
      // Let the decoder phrase the reason (empty file, NUL byte at offset N).
      DECODER.decode(bytes);
    }
    Charset declared = declaredCharset(bytes);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      try {
        return declared.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        // The declaration is wrong; fall back to what the bytes say.
      }
    }
    return DECODER.decode(bytes).text();
  }

  /** Whether the first bytes look like an HTML document or fragment. */
  static boolean looksLikeHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
        || head.contains("<head");
  }

  private static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
      // As browsers do (the HTML standard): these labels mean Windows-1252.
      name = "windows-1252";
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
