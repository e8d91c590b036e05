package dev.quire.posting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request's body as JSON, within a size limit ({@code quire.api.max-request-size}, 10 MB by
 * default: twenty chapters at AO3's longest fit): a body over it is refused with 413 before it is
 * read (by its {@code Content-Length}) or as soon as it passes the limit (a body sent in chunks),
 * so that a 20 MB chapter costs the archive nothing. A body that is not JSON is a 400 naming where
 * it stops being JSON; one not sent as JSON is a 415. Thread-safe.
 */
@Component
class JsonBody {

  private final JsonMapper json;
  private final long maxBytes;

  JsonBody(JsonMapper json, @Value("${quire.api.max-request-size:10MB}") DataSize maxSize) {
    this.json = json;
    this.maxBytes = maxSize.toBytes();
  }

  JsonNode read(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON)) {
      throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Send the body as JSON, with Content-Type: application/json.");
    }
    if (request.getContentLengthLong() > maxBytes) {
      throw tooLarge();
    }
    byte[] bytes;
    try (InputStream in = request.getInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > maxBytes) {
      throw tooLarge();
    }
    if (bytes.length == 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body is empty: send a JSON object.");
    }
    try {
      return json.readTree(bytes);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "The body is not valid JSON" + where + ": " + e.getOriginalMessage());
    }
  }

  private ResponseStatusException tooLarge() {
    return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
        "The body is larger than the " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB a request may send.");
  }
}
