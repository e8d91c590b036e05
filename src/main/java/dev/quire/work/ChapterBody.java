package dev.quire.work;

import dev.quire.platform.Sha256;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A chapter's text as it is stored: sanitized HTML, with its words counted ({@link WordCounter}),
 * its words as the search index takes them ({@link HtmlTextBridge}), both from one reading of the
 * HTML, and its digest. An import makes these on the threads that read its files, so the thread
 * that stores them neither counts, nor reads the HTML again to index it, nor hashes it.
 *
 * @param html the sanitized HTML
 * @param words the word count, as AO3 counts
 * @param text the plain text the index takes
 * @param digest {@link Sha256} of the HTML, which tells a browser's copy of the chapter is still good
 */
public record ChapterBody(String html, int words, String text, String digest) {

  public ChapterBody {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(digest, "digest");
  }

  /** The body of sanitized {@code html}: counted, read for the index and hashed once. */
  public static ChapterBody of(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    return new ChapterBody(html, WordCounter.count(body), HtmlTextBridge.text(body), Sha256.hex(html));
  }
}
