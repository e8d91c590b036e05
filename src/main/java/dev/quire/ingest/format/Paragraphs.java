package dev.quire.ingest.format;

import dev.quire.ingest.format.Paragraph.Prose;
import dev.quire.ingest.format.Paragraph.Verse;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the blank-line separated blocks of a chapter into paragraphs. A block's lines are joined
 * into one prose paragraph unless they read as verse; consecutive one-line blocks that read as
 * verse (a lyric typed with a blank line after every line) become one verse paragraph.
 */
final class Paragraphs {

  private Paragraphs() {}

  /** The paragraphs of {@code blocks}, each a non-empty list of non-blank lines, in order. */
  static List<Paragraph> read(List<List<String>> blocks) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int i = 0;
    while (i < blocks.size()) {
      List<String> block = blocks.get(i);
      if (block.size() > 1) {
        paragraphs.add(readBlock(block));
        i++;
        continue;
      }
      int end = i;
      while (end < blocks.size() && isShortSingleLine(blocks.get(end))) {
        end++;
      }
      if (end == i) {
        paragraphs.add(new Prose(block.getFirst()));
        i++;
      } else {
        paragraphs.addAll(
            readShortLines(blocks.subList(i, end).stream().map(List::getFirst).toList()));
        i = end;
      }
    }
    return paragraphs;
  }

  private static boolean isShortSingleLine(List<String> block) {
    return block.size() == 1 && VerseCues.isShort(block.getFirst());
  }

  private static Paragraph readBlock(List<String> lines) {
    boolean couldBeVerse =
        lines.stream().allMatch(VerseCues::isShort) && !VerseCues.isHardWrapped(lines);
    if (couldBeVerse) {
      for (int i = 0; i < lines.size() - 1; i++) {
        if (VerseCues.verseEnd(lines, i) > i) {
          return new Verse(lines);
        }
      }
    }
    return new Prose(String.join(" ", lines));
  }

  private static List<Paragraph> readShortLines(List<String> lines) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int last = VerseCues.verseEnd(lines, i);
      paragraphs.add(last > i ? new Verse(lines.subList(i, last + 1)) : new Prose(lines.get(i)));
      i = last + 1;
    }
    return paragraphs;
  }
}
