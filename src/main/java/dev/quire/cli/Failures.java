package dev.quire.cli;

import dev.quire.ingest.ImportStoppedException;

/** Turns an exception from starting or running the archive into one line a person can act on. */
final class Failures {

  private Failures() {}

  static String reason(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ImportStoppedException stopped) {
        return "the import stopped: " + stopped.getMessage();
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      String message = String.valueOf(root.getMessage());
      if (message.contains("Database may be already in use")
          || message.contains("Lock held by this virtual machine")
          || message.contains("LockObtainFailedException")) {
        return "the archive's data folder is in use by another running Quire; stop it first";
      }
      if (message.contains("Port") && message.contains("already in use")) {
        return message + "; choose another with --port";
      }
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }
}
