package dev.quire.wrangling;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A wrangling change AO3's rules refuse, or that names a tag there is none of: 422, with why. */
public final class WranglingRefusedException extends ResponseStatusException {

  WranglingRefusedException(String message) {
    super(HttpStatus.UNPROCESSABLE_CONTENT, message);
  }
}
