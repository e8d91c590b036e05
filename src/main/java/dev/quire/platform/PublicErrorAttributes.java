package dev.quire.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What an error page or error body tells a visitor. A message the code chose for them (a 404's
 * "There is no work 12.", a 400 naming the limit) is shown as it is; an unexpected failure's own
 * message is not, as it may quote SQL, tables, columns or server paths: the log keeps it, and the
 * visitor reads that the server failed. A 503 is the exception: Quire sends it only when it is
 * busy or cannot reach its database or index, with a message written for the visitor.
 */
@Component
class PublicErrorAttributes extends DefaultErrorAttributes {

  static final String UNEXPECTED = "Something went wrong on the server; what it was is in the archive's log.";

  private final String uploadLimits;

  /**
   * The limits of a form's upload, in words. The servlet container reads a form for the first
   * filter that asks for a parameter, before any handler, and its failure's message names its own
   * classes (a form of more parts than {@code server.tomcat.max-part-count} fails as too large too).
   */
  PublicErrorAttributes(@Value("${spring.servlet.multipart.max-file-size}") String fileSize,
      @Value("${spring.servlet.multipart.max-request-size}") String requestSize,
      @Value("${server.tomcat.max-part-count}") int parts) {
    this.uploadLimits = "An upload holds at most %,d files, of at most %s each and %s in all: send the rest in another upload."
        .formatted(parts - 1, fileSize, requestSize);
  }

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, options);
    Throwable error = getError(request);
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
    // A 503 is always Quire's own answer to overload or an outage (BusyResponses), worded for the visitor.
    if (error != null && !(error instanceof ErrorResponse) && status instanceof Integer code && code >= 500
        && code != HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
      attributes.replace("message", UNEXPECTED);
    }
    if (error != null && !(error instanceof ErrorResponse) && status instanceof Integer code
        && code == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
      attributes.replace("message", uploadLimits);
    }
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
    if (path instanceof String uri && uri.startsWith("/api/")) {
      // The API answers every error as {"message"}, an address it does not have too.
      boolean noAddress = error instanceof NoResourceFoundException
          || (error == null && status instanceof Integer code && code == HttpServletResponse.SC_NOT_FOUND);
      return new LinkedHashMap<>(Map.of("message", noAddress
          ? "The API has no address " + uri + ": see the JSON API in the README."
          : String.valueOf(attributes.getOrDefault("message", ""))));
    }
    return attributes;
  }
}
