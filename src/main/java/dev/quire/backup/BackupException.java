package dev.quire.backup;

/** A backup or restore that cannot be done, with a sentence that says why and what to do. */
public final class BackupException extends RuntimeException {

  BackupException(String message) {
    super(message);
  }
}
