package dev.quire.download;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Addresses a download may link to: absolute {@code http}, {@code https} and {@code mailto}
 * addresses that parse. A relative or broken one would point into the e-book at nothing, which
 * readers and checkers reject, so it is left out instead.
 */
final class WebAddress {

  private WebAddress() {}

  /** {@code address} in ASCII form when it may be linked to, otherwise empty. */
  static Optional<String> parse(String address) {
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(address.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean linkable = switch (scheme) {
        case "http", "https" -> uri.getHost() != null;
        case "mailto" -> uri.getSchemeSpecificPart() != null && !uri.getSchemeSpecificPart().isBlank();
        default -> false;
      };
      return linkable ? Optional.of(uri.toASCIIString()) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Whether a parsed address is a web page rather than a mail address. */
  static boolean isWeb(String address) {
    return !address.regionMatches(true, 0, "mailto:", 0, 7);
  }
}
