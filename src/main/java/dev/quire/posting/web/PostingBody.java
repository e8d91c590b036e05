package dev.quire.posting.web;

import dev.quire.platform.JsonBody;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request's body as JSON ({@link JsonBody#read}), within posting's size limit
 * ({@code quire.posting.max-request-size}): a body that declares a larger {@code Content-Length}
 * never gets here ({@link PostingSizeLimit} refuses it), and one sent in chunks is refused with 413
 * as soon as it passes the limit, so that a 20 MB chapter is never held whole. What is not an
 * object is {@link WorkRequest}'s to name. Thread-safe.
 */
@Component
class PostingBody {

  private final JsonMapper json;
  private final long maxBytes;

  PostingBody(JsonMapper json, @Value("${quire.posting.max-request-size:10MB}") DataSize maxSize) {
    this.json = json;
    this.maxBytes = maxSize.toBytes();
  }

  JsonNode read(HttpServletRequest request) {
    return JsonBody.read(json, request, maxBytes,
        "The body is larger than the " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB a request may send.");
  }
}
