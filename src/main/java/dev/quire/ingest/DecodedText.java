package dev.quire.ingest;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A file's bytes as text, with the charset they were read in.
 *
 * @param text the decoded text with a leading byte order mark removed and every line ending written
 *     as {@code \n}
 * @param charset the charset the bytes were decoded with
 */
public record DecodedText(String text, Charset charset) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }
}
