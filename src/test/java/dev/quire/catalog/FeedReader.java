package dev.quire.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Fetches feeds from the archive as a client would, following the links feeds give. */
final class FeedReader {

  private final MockMvc mvc;

  FeedReader(MockMvc mvc) {
    this.mvc = mvc;
  }

  /** The bytes served at {@code href}, which must come with status 200 and this media type. */
  byte[] fetch(String href, String mediaType) throws Exception {
    return fetch(href, List.of(mediaType));
  }

  /** The bytes served at {@code href}, which must come with status 200 and one of these media types. */
  byte[] fetch(String href, List<String> mediaTypes) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(URI.create(href))).andReturn().getResponse();
    assertThat(response.getStatus()).as("status of %s", href).isEqualTo(200);
    assertThat(response.getContentType()).as("media type of %s", href).isIn(mediaTypes);
    return response.getContentAsByteArray();
  }

  Document feed(String href, String mediaType) throws Exception {
    return parse(fetch(href, mediaType));
  }

  static Document parse(byte[] xml) {
    return Jsoup.parse(new String(xml, StandardCharsets.UTF_8), "", Parser.xmlParser());
  }

  static List<Element> entries(Document feed) {
    return feed.select("feed > entry");
  }

  /** The entry titled {@code title}. */
  static Element entry(Document feed, String title) {
    return entries(feed).stream().filter(e -> e.selectFirst("> title").text().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no entry titled " + title + " in " + titles(feed)));
  }

  static List<String> titles(Document feed) {
    return entries(feed).stream().map(e -> e.selectFirst("> title").text()).toList();
  }

  /** The href of the element's own link of this relation, if it has one. */
  static Optional<String> link(Element feedOrEntry, String rel) {
    return feedOrEntry.select("> link").stream().filter(l -> l.attr("rel").equals(rel))
        .map(l -> l.attr("href")).findFirst();
  }

  static String linkOf(Element feedOrEntry, String rel) {
    return link(feedOrEntry, rel).orElseThrow(() -> new AssertionError("no link rel=" + rel));
  }
}
