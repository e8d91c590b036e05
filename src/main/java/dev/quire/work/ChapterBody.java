package dev.quire.work;

import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A chapter's text as it is stored: sanitized HTML, with its words counted ({@link WordCounter})
 * and its words as the search index takes them ({@link HtmlTextBridge}), both from one reading of
 * the HTML. An import makes these on the threads that read its files, so the thread that stores
 * them neither counts nor reads the HTML again to index it.
 *
 * @param html the sanitized HTML
 * @param words the word count, as AO3 counts
 * @param text the plain text the index takes
 */
public record ChapterBody(String html, int words, String text) {

  public ChapterBody {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
  }

  /** The body of sanitized {@code html}: counted and read for the index once. */
  public static ChapterBody of(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    return new ChapterBody(html, WordCounter.count(body), HtmlTextBridge.text(body));
  }
}
