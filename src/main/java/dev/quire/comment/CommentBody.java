package dev.quire.comment;

import dev.quire.ingest.HtmlSanitizer;
import dev.quire.platform.Sha256;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A comment's text as the archive keeps it: cleaned by the allowlist posted and imported works
 * pass through ({@link HtmlSanitizer}, so no script survives), with what the spam rules read of it:
 * its links and a digest that is the same for the same words however they are spaced or cased.
 *
 * @param html the cleaned HTML
 * @param digest SHA-256 of the text's words, lower-cased and single-spaced
 * @param links how many different addresses it links to or names
 */
record CommentBody(String html, String digest, int links) {

  /** AO3's limit, in characters as typed. */
  static final int MAX_LENGTH = 10_000;

  private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");

  /**
   * What is wrong with {@code typed} as a comment's text, if anything: nothing written (or nothing
   * left once cleaned), or more than {@link #MAX_LENGTH} characters.
   */
  static Optional<String> problem(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.length() > MAX_LENGTH) {
      return Optional.of("A comment may be at most " + String.format(Locale.ROOT, "%,d", MAX_LENGTH)
          + " characters long (this one is " + String.format(Locale.ROOT, "%,d", text.length()) + ").");
    }
    if (text.isEmpty() || Jsoup.parseBodyFragment(HtmlSanitizer.clean(text)).text().isBlank()) {
      return Optional.of("Please write a comment.");
    }
    return Optional.empty();
  }

  /** {@code typed}, which {@link #problem} accepted, as kept. */
  static CommentBody of(String typed) {
    String html = HtmlSanitizer.clean(typed.strip());
    Document document = Jsoup.parseBodyFragment(html);
    String words = document.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    Set<String> addresses = new HashSet<>();
    for (Element link : document.select("a[href]")) {
      addresses.add(link.attr("href").toLowerCase(Locale.ROOT));
    }
    Matcher named = ADDRESS.matcher(document.text());
    while (named.find()) {
      addresses.add(named.group().toLowerCase(Locale.ROOT));
    }
    return new CommentBody(html, Sha256.hex(words), addresses.size());
  }
}
