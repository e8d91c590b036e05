package dev.quire.reader;

/**
 * A reader's choices about their history.
 *
 * @param paused while true, nothing is recorded: no visits, no places
 * @param hideRead whether works they opened leave their searches, the works list and tag pages
 */
public record ReadingPreferences(boolean paused, boolean hideRead) {

  /** A reader who chose nothing: recording, nothing hidden. */
  public static final ReadingPreferences DEFAULT = new ReadingPreferences(false, false);
}
