package dev.quire.cli;

/**
 * The archive could not start because a server it needs did not answer; the message is the one
 * line that says which, where and what to do, and the command exits 1: starting the server, or
 * waiting for it, is enough to try again.
 */
final class ServerUnreachableException extends RuntimeException {

  ServerUnreachableException(String line, Throwable cause) {
    super(line, cause);
  }
}
