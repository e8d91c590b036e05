package dev.quire.catalog.web;

import dev.quire.catalog.CatalogLinks;
import dev.quire.platform.Sha256;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the feed controllers share, the catalog's and a reader's private feeds alike: links below
 * the address of the request, and the response, a document with exactly its media type whatever
 * the client's Accept header prefers. Stateless and thread-safe.
 */
public final class FeedResponse {

  private FeedResponse() {}

  /** Links below the address the current request came in on. */
  public static CatalogLinks links() {
    return new CatalogLinks(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
  }

  /**
   * A feed with an ETag of its bytes: a feed reader that polls gets {@code 304 Not Modified} and no
   * body while the feed is unchanged (the feed is still written, to know). Private: a feed lists
   * what its viewer may read, restricted works for a logged-in one.
   */
  public static ResponseEntity<byte[]> of(String mediaType, byte[] document) {
    return document(mediaType, CacheControl.noCache().cachePrivate())
        .eTag(Sha256.hex(document).substring(0, 32))
        .body(document);
  }

  /**
   * A feed at an address with a secret in it: never kept by any cache (the list is one reader's),
   * and the address never sent on as a referrer.
   */
  public static ResponseEntity<byte[]> secret(String mediaType, byte[] document) {
    return document(mediaType, CacheControl.noStore())
        .header("Referrer-Policy", "no-referrer")
        .body(document);
  }

  private static ResponseEntity.BodyBuilder document(String mediaType, CacheControl cache) {
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, mediaType).cacheControl(cache);
  }
}
