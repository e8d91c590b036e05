package dev.quire.work;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Indexes the words of stored HTML (chapter bodies, summaries, notes), not its markup, so that a
 * search for "class" never matches {@code <p class=...>}.
 */
public final class HtmlTextBridge implements ValueBridge<String, String> {

  @Override
  public String toIndexedValue(String html, ValueBridgeToIndexedValueContext context) {
    return html == null ? null : plainText(html);
  }

  /** The words of sanitized HTML as the index takes them. */
  public static String plainText(String html) {
    return text(Jsoup.parseBodyFragment(html).body());
  }

  /** The words of parsed HTML as the index takes them: its text, whitespace made single spaces. */
  static String text(Element body) {
    return body.text();
  }
}
