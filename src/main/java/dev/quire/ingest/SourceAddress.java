package dev.quire.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A web address a work was published at, compared as one address however it is spelled: the same
 * AO3 work is {@code http://archiveofourown.org/works/334557} in its EPUB download and {@code
 * https://archiveofourown.org/works/334557} in its HTML download. The scheme, a leading {@code
 * www.}, the host's case and a trailing slash do not matter; the rest of the path does.
 */
final class SourceAddress {

  private SourceAddress() {}

  /**
   * Every spelling of {@code url} that names the same address, {@code url}'s own among them, for
   * looking the address up where it is stored as a file gave it.
   *
   * @param url an http or https address, as {@link WorkPublisher#webAddress} keeps them
   */
  static List<String> spellings(String url) {
    URI uri = URI.create(url);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String bare = host.startsWith("www.") ? host.substring("www.".length()) : host;
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String rest = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    List<String> spellings = new ArrayList<>();
    spellings.add(url);
    for (String scheme : List.of("https://", "http://")) {
      for (String name : List.of(bare, "www." + bare)) {
        for (String ending : List.of(trimmed, trimmed + "/")) {
          String spelling = scheme + name + port + ending + rest;
          if (!spellings.contains(spelling)) {
            spellings.add(spelling);
          }
        }
      }
    }
    return spellings;
  }
}
