package dev.quire.ingest;

/**
 * An import that cannot go on, for a reason no file is to blame for (the database went away):
 * failing every remaining file one by one would only bury the reason.
 */
public class ImportStoppedException extends RuntimeException {

  ImportStoppedException(String message, Throwable cause) {
    super(message, cause);
  }
}
