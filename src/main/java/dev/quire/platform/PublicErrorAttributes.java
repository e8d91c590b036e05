package dev.quire.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

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
    return attributes;
  }
}
