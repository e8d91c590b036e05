package dev.quire.ingest.format;

import java.util.List;

/** A unit of chapter text as the plain-text reader found it: prose, or verse kept line by line. */
sealed interface Paragraph {

  /** Running text whose line breaks did not matter. */
  record Prose(String text) implements Paragraph {}

  /** A poem, song lyric or epigraph whose line breaks are part of the text. */
  record Verse(List<String> lines) implements Paragraph {
    public Verse {
      lines = List.copyOf(lines);
    }
  }
}
