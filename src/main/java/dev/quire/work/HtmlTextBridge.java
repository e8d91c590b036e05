package dev.quire.work;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.jsoup.Jsoup;

/**
 * Indexes the words of stored HTML (chapter bodies, summaries, notes), not its markup, so that a
 * search for "class" never matches {@code <p class=...>}.
 */
public final class HtmlTextBridge implements ValueBridge<String, String> {

  @Override
  public String toIndexedValue(String html, ValueBridgeToIndexedValueContext context) {
    return html == null ? null : Jsoup.parseBodyFragment(html).body().text();
  }
}
