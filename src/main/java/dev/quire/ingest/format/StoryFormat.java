package dev.quire.ingest.format;

import dev.quire.story.StoryDocument;
import dev.quire.ingest.UnreadableFileException;

/**
 * One input format Quire can read, such as plain text or an AO3 HTML download.
 *
 * <p>Implementations are pure and thread-safe: they read only the bytes they are given and keep no
 * state between calls.
 */
public interface StoryFormat {

  /** A short stable name stored with every work read in this format, e.g. {@code plain-text}. */
  String name();

  /**
   * Whether this format should read the file, judged by its content first and its name second.
   *
   * @param content the file's bytes, never {@code null}
   * @param fileName the file's name without directories
   */
  boolean accepts(byte[] content, String fileName);

  /**
   * Reads a story from the file.
   *
   * @throws UnreadableFileException with a reason a person can act on when the file is empty,
   *     binary, wrongly encoded or holds no story
   */
  StoryDocument read(byte[] content, String fileName) throws UnreadableFileException;
}
