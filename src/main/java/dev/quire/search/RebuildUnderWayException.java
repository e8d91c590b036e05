package dev.quire.search;

/** A rebuild of the search index was asked for while another node or command is making one. */
public final class RebuildUnderWayException extends IllegalStateException {

  RebuildUnderWayException() {
    super("another node or command is rebuilding the search index; try again once it has finished");
  }
}
