package dev.quire.search;

/** A search a reader wrote that Quire cannot run; the message says what to change. */
public class InvalidSearchException extends RuntimeException {

  public InvalidSearchException(String message) {
    super(message);
  }
}
