package dev.quire.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A run of non-blank lines between blank lines, or a chapter heading, which always stands alone
 * even when the author put no blank line after it.
 *
 * @param heading the heading as written, or {@code null} for a block of text
 * @param lines the block's lines, trimmed, with runs of white space collapsed; empty for a heading
 */
record Block(String heading, List<String> lines) {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}+");

  Block {
    lines = List.copyOf(lines);
  }

  boolean isHeading() {
    return heading != null;
  }

  /** The blocks of {@code text} in order, with lines separated by {@code \n}. */
  static List<Block> split(String text) {
    String cleaned = withoutDebris(text);
    List<Block> blocks = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String raw : cleaned.split("\n", -1)) {
      String line = WHITE_SPACE.matcher(raw).replaceAll(" ").strip();
      Optional<String> heading = line.isEmpty() ? Optional.empty() : ChapterHeading.parse(line);
      if (line.isEmpty() || heading.isPresent()) {
        flush(lines, blocks);
      }
      if (heading.isPresent()) {
        blocks.add(new Block(heading.get(), List.of()));
      } else if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    flush(lines, blocks);
    return blocks;
  }

  /**
   * The text without control characters other than line breaks and tabs — debris such as a DOS
   * end-of-file mark or a stray escape, which would make the HTML invalid — nor byte order marks
   * and zero-width spaces; a form feed is a page break. One pass: a regular expression with a class
   * intersection cost a tenth of a bulk import of whole books.
   */
  static String withoutDebris(String text) {
    StringBuilder cleaned = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\f') {
        cleaned.append("\n\n");
      } else if (c == '\n' || c == '\t' || !(Character.isISOControl(c) || c == '\uFEFF' || c == '\u200B')) {
        cleaned.append(c);
      }
    }
    return cleaned.toString();
  }

  private static void flush(List<String> lines, List<Block> blocks) {
    if (!lines.isEmpty()) {
      blocks.add(new Block(null, lines));
      lines.clear();
    }
  }
}
