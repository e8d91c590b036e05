package dev.quire.posting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The work has no such chapter. Pages and the API answer 404 with this message. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ChapterNotFoundException extends RuntimeException {

  public ChapterNotFoundException(long workId, long chapterId) {
    super("Work " + workId + " has no chapter " + chapterId + ".");
  }
}
