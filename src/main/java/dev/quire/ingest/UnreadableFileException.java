package dev.quire.ingest;

/**
 * A file that cannot become a work. The message is the reason shown in the import report, written
 * for the person importing ("invalid UTF-8 at byte 1042"), never a stack trace.
 */
public class UnreadableFileException extends Exception {

  public UnreadableFileException(String reason) {
    super(reason);
  }

  public UnreadableFileException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
