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

  // Control characters other than line breaks and tabs are debris (a DOS end-of-file mark, a
  // stray escape) and would make the HTML invalid; a form feed is a page break.
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}&&[^\\n\\t\\f]]|[\\uFEFF\\u200B]");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}+");

  Block {
    lines = List.copyOf(lines);
  }

  boolean isHeading() {
    return heading != null;
  }

  /** The blocks of {@code text} in order, with lines separated by {@code \n}. */
  static List<Block> split(String text) {
    String cleaned = CONTROL.matcher(text).replaceAll("").replace("\f", "\n\n");
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

  private static void flush(List<String> lines, List<Block> blocks) {
    if (!lines.isEmpty()) {
      blocks.add(new Block(null, lines));
      lines.clear();
    }
  }
}
