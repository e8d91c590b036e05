package dev.quire.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Project Gutenberg book between its start and end lines, as blocks for {@link
 * PlainTextParser}: front matter (credits, title page, contents) taken out, chapter headings as
 * Gutenberg writes them recognised. See {@link GutenbergFormat} for the rules.
 *
 * @param blocks the book's blocks, headings among them
 * @param credits the "Produced by ..." paragraphs, for the work's notes
 */
record GutenbergBook(List<Block> blocks, List<String> credits) {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String ROMAN =
      "(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})";
  private static final String WORDS =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen|twenty|first|second|third|fourth|fifth|sixth"
          + "|seventh|eighth|ninth|tenth|last";
  private static final Pattern HEADING =
      Pattern.compile(
          "^((?:chapter|book|part|stave|volume|canto|letter)\\s+(?:the\\s+)?"
              + "(?:\\d{1,4}|" + ROMAN + "|" + WORDS + "))\\b\\.?\\s*[:.,\\-–—]*\\s*(.*)$"
              + "|^(" + ROMAN + "|\\d{1,3}|prologue|epilogue)\\.?$",
          FLAGS);
  private static final Pattern IMAGE =
      Pattern.compile("^\\S+\\.(?:jpe?g|png|gif)\\s*\\(\\d+K\\)$|^Full Size$", FLAGS);
  private static final Pattern CREDITS =
      Pattern.compile(
          "^(?:produced by|e-?text prepared by|this (?:e-?text|e-?book) was (?:produced|prepared"
              + "|created|made) by|transcribed (?:from|by))\\b.*",
          FLAGS);
  private static final Pattern CONTENTS =
      Pattern.compile("^(?:table of )?contents\\b.{0,40}$", FLAGS);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”’')\\]]$");
  private static final Pattern LIST_ENTRY =
      Pattern.compile("^(?:chapter\\s+)?(?:\\d{1,4}|" + ROMAN + ")\\b.*", FLAGS);
  private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}+");

  // A block with fewer words than this, or without a sentence's end, is not prose.
  private static final int PROSE_WORDS = 10;
  private static final int MAX_TITLE_LINES = 3;

  GutenbergBook {
    blocks = List.copyOf(blocks);
    credits = List.copyOf(credits);
  }

  static GutenbergBook read(String text) {
    List<List<String>> raw = rawBlocks(Block.withoutDebris(text));
    List<String> credits = new ArrayList<>();
    raw.removeIf(block -> {
      boolean credit = CREDITS.matcher(block.getFirst()).matches();
      if (credit) {
        credits.add(String.join(" ", block));
      }
      return credit;
    });
    List<String> later = raw.stream().map(GutenbergBook::headingKey).toList();
    List<Block> blocks = new ArrayList<>();
    int i = skipTitlePage(raw);
    while (i < raw.size()) {
      List<String> block = raw.get(i);
      if (isContents(block)) {
        i = skipContents(raw, i + 1, later);
        continue;
      }
      Matcher heading = heading(block);
      if (heading == null) {
        blocks.add(new Block(null, block));
        i++;
        continue;
      }
      StringBuilder title = new StringBuilder(title(heading, block));
      i++;
      if (title.isEmpty() && i < raw.size() && isTitle(raw.get(i))) {
        title.append(String.join(" ", raw.get(i++)));
      }
      String label = heading.group(1) != null ? heading.group(1) : heading.group(3);
      blocks.add(new Block(title.isEmpty() ? label : label + ": " + title, List.of()));
    }
    return new GutenbergBook(blocks, credits);
  }

  /** Where the book starts after its title page: the first prose, heading or contents list. */
  private static int skipTitlePage(List<List<String>> raw) {
    int i = 0;
    while (i < raw.size() && heading(raw.get(i)) == null && !isProse(raw.get(i))
        && !isContents(raw.get(i))) {
      i++;
    }
    return i == raw.size() ? 0 : i;
  }

  /**
   * Skips a contents list that starts at {@code i}: its entries, which are headings or short
   * lines, up to the first prose or the first heading that is a chapter (prose follows it, and the
   * book does not write the same heading again later, as it does for a contents entry).
   */
  private static int skipContents(List<List<String>> raw, int i, List<String> keys) {
    while (i < raw.size() && !isProse(raw.get(i))) {
      if (heading(raw.get(i)) != null && startsChapter(raw, i)
          && !keys.subList(i + 1, keys.size()).contains(keys.get(i))) {
        return i;
      }
      i++;
    }
    return i;
  }

  private static boolean isContents(List<String> block) {
    return block.size() == 1 && CONTENTS.matcher(block.getFirst()).matches();
  }

  private static boolean startsChapter(List<List<String>> raw, int heading) {
    int next = heading + 1;
    if (next < raw.size() && isTitle(raw.get(next))) {
      next++;
    }
    return next < raw.size() && isProse(raw.get(next));
  }

  /** A heading's label and title, upper or lower case, without spaces or punctuation. */
  private static String headingKey(List<String> block) {
    Matcher heading = heading(block);
    if (heading == null) {
      return "";
    }
    return String.join(" ", block).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  private static Matcher heading(List<String> block) {
    Matcher heading = HEADING.matcher(block.getFirst());
    if (!heading.matches() || (heading.group(3) != null && block.size() > 1)) {
      return null;
    }
    return heading;
  }

  /** The title on the heading's line and the upper-case lines under it in the same block. */
  private static String title(Matcher heading, List<String> block) {
    List<String> parts = new ArrayList<>();
    if (heading.group(2) != null && !heading.group(2).isBlank()) {
      parts.add(heading.group(2).strip());
    }
    parts.addAll(block.subList(1, block.size()));
    return String.join(" ", parts);
  }

  /** A short block under a heading that names the chapter rather than starting its text. */
  private static boolean isTitle(List<String> block) {
    if (block.size() > MAX_TITLE_LINES || heading(block) != null) {
      return false;
    }
    String text = String.join(" ", block);
    return upperCase(text) || (!isProse(block) && !SENTENCE_END.matcher(text).find());
  }

  /**
   * Whether a block reads as prose rather than as a title page, a caption or a list: not all upper
   * case, not lines that each start with a number, and either long or ending a sentence.
   */
  private static boolean isProse(List<String> block) {
    String text = String.join(" ", block);
    if (upperCase(text)) {
      return false;
    }
    long entries = block.stream().filter(line -> LIST_ENTRY.matcher(line).matches()).count();
    if (block.size() > 1 && entries * 2 >= block.size()) {
      return false;
    }
    int words = WHITE_SPACE.split(text).length;
    return words >= PROSE_WORDS || (words >= 3 && SENTENCE_END.matcher(text).find());
  }

  private static boolean upperCase(String text) {
    long letters = text.chars().filter(Character::isLetter).count();
    long upper = text.chars().filter(Character::isUpperCase).count();
    return letters > 0 && upper * 10 >= letters * 9;
  }

  /** The blank-line separated blocks of {@code text}, without image captions. */
  private static List<List<String>> rawBlocks(String text) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\n", -1)) {
      String line = WHITE_SPACE.matcher(raw).replaceAll(" ").strip();
      if (IMAGE.matcher(line).matches()) {
        continue;
      }
      if (line.isEmpty()) {
        if (!lines.isEmpty()) {
          blocks.add(lines);
          lines = new ArrayList<>();
        }
      } else {
        lines.add(line);
      }
    }
    if (!lines.isEmpty()) {
      blocks.add(lines);
    }
    return blocks;
  }
}
