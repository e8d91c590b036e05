package dev.quire.catalog.web;

import dev.quire.catalog.CatalogLinks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the feed controllers share: links below the address of the request, and the response. */
final class FeedResponse {

  private FeedResponse() {}

  /** Links below the address the current request came in on. */
  static CatalogLinks links() {
    return new CatalogLinks(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
  }

  /** The document with exactly this media type, whatever the client's Accept header prefers. */
  static ResponseEntity<byte[]> of(String mediaType, byte[] document) {
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, mediaType).body(document);
  }
}
