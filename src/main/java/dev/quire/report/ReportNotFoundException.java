package dev.quire.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No open report has that id: it was resolved already, or never filed. Pages answer 404. */
public class ReportNotFoundException extends ResponseStatusException {

  ReportNotFoundException(long id) {
    super(HttpStatus.NOT_FOUND, "There is no open report " + id + ".");
  }
}
