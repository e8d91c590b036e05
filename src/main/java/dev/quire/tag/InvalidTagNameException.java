package dev.quire.tag;

/**
 * A name no tag may have: blank, or longer than the archive keeps ({@link Tag#MAX_NAME_LENGTH}).
 * The message says which, for the person who gave the name.
 */
public final class InvalidTagNameException extends IllegalArgumentException {

  InvalidTagNameException(String message) {
    super(message);
  }
}
