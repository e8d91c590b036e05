package dev.quire.catalog.web;

import dev.quire.catalog.CatalogLinks;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
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

  /**
   * The document with exactly this media type, whatever the client's Accept header prefers, and
   * an ETag of its bytes: a feed reader that polls gets {@code 304 Not Modified} and no body while
   * the feed is unchanged (the feed is still written, to know). Private: a feed lists what its
   * viewer may read, restricted works for a logged-in one.
   */
  static ResponseEntity<byte[]> of(String mediaType, byte[] document) {
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, mediaType)
        .cacheControl(CacheControl.noCache().cachePrivate())
        .eTag(etag(document))
        .body(document);
  }

  private static String etag(byte[] document) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
