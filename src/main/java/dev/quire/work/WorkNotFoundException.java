package dev.quire.work;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * There is no such work, or the viewer may not know there is one (a stranger opening a draft's
 * address). Pages and the API answer 404 with this message.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class WorkNotFoundException extends RuntimeException {

  public WorkNotFoundException(long workId) {
    super("There is no work " + workId + ".");
  }
}
