package dev.quire.bookmark;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No bookmark by that id that the viewer may see: one that never was, or someone else's private one. */
public class BookmarkNotFoundException extends ResponseStatusException {

  public BookmarkNotFoundException(long id) {
    super(HttpStatus.NOT_FOUND, "There is no bookmark " + id + ".");
  }
}
