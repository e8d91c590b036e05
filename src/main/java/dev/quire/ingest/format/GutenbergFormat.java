package dev.quire.ingest.format;

import dev.quire.ingest.TextDecoder;
import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.LanguageNames;
import dev.quire.story.StoryDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Project Gutenberg plain-text book with its own header and licence.
 *
 * <ul>
 *   <li>The header above the "*** START OF THE PROJECT GUTENBERG EBOOK ... ***" line gives the
 *       title ({@code Title:}, continued on indented lines), the creators ({@code Author:}) and
 *       the language ({@code Language:}, as a BCP 47 tag); the oldest files, without those lines,
 *       name title and author in their opening line ("Project Gutenberg Etext of X, by Y").
 *   <li>Only the text between that line (or, in the oldest files, the end of the "small print")
 *       and the "*** END OF ..." line is the book: the licence is never part of it.
 *   <li>Front matter is not made into chapters: "Produced by ..." credits become the work's
 *       notes, the title page and a contents list are left out, and so are the image captions of
 *       books made from HTML ({@code p003.jpg (307K)}, {@code Full Size}).
 *   <li>Chapters start at headings as Gutenberg books write them: "CHAPTER I.", "CHAPTER I WHICH
 *       TREATS OF ...", "Chapter 12", "BOOK THE FIRST", "STAVE ONE", "PART II", or a roman
 *       numeral alone on its line; an upper-case line or two under a heading is its title. Text
 *       before the first heading (a preface) is a chapter of its own when it holds prose.
 *       Paragraphs and verse are read as {@link PlainTextFormat} reads them.
 * </ul>
 *
 * <p>A Gutenberg file states no rating, tags or dates. Stateless and thread-safe.
 */
public final class GutenbergFormat implements StoryFormat {

  // The header, and the start marker of every book in the corpus Quire is tested on, lie within
  // the first 64 KB; the oldest files' "small print" runs long.
  private static final int HEAD_BYTES = 64 * 1024;
  private static final Pattern START =
      Pattern.compile(
          "^\\*{3}\\s*START OF TH(?:E|IS) PROJECT GUTENBERG.*$"
              + "|^\\*+END\\*+THE SMALL PRINT.*$",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
  private static final Pattern END =
      Pattern.compile(
          "^\\*{3}\\s*END OF TH(?:E|IS) PROJECT GUTENBERG.*$"
              + "|^End of (?:the )?Project Gutenberg.*$",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
  private static final Pattern FIELD = Pattern.compile("^(Title|Author|Language):\\s*(.*)$");
  private static final Pattern OPENING =
      Pattern.compile(
          "Project Gutenberg'?s? (?:EBook|Etext|E-text) of (.+?), by (.+?)\\*?$",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  private final TextDecoder decoder = new TextDecoder();

  @Override
  public String name() {
    return "gutenberg";
  }

  /** Accepts a text file whose head names Project Gutenberg and marks where the book starts. */
  @Override
  public boolean accepts(byte[] content, String fileName) {
    String head = new String(content, 0, Math.min(content.length, HEAD_BYTES),
        StandardCharsets.ISO_8859_1);
    return head.contains("Project Gutenberg") && START.matcher(head).find() && !HtmlInput.looksLikeHtml(content);
  }

  @Override
  public StoryDocument read(byte[] content, String fileName) throws UnreadableFileException {
    String text = decoder.decode(content).text().replace("\r", "");
    Matcher start = START.matcher(text);
    if (!start.find()) {
      throw new UnreadableFileException("a Project Gutenberg file without its start line");
    }
    Matcher end = END.matcher(text);
    int bookEnd = end.find(start.end()) ? end.start() : text.length();
    Header header = Header.read(text.substring(0, start.start()));
    GutenbergBook book = GutenbergBook.read(text.substring(start.end(), bookEnd));
    StoryDocument story = PlainTextParser.parse(book.blocks());
    List<String> credits = book.credits();
    return story.toBuilder()
        .title(header.title() != null ? header.title() : story.title())
        .creators(header.creators().isEmpty() ? story.creators() : header.creators())
        .language(LanguageNames.toTag(header.language()))
        .notes(PageMarkup.join(HtmlFragment.ofTexts(credits), story.notes()))
        .build();
  }

  /** What the header states; {@code null} or empty for what it does not. */
  private record Header(String title, List<String> creators, String language) {

    static Header read(String head) {
      String title = null;
      List<String> creators = new ArrayList<>();
      String language = null;
      String[] lines = head.split("\n");
      for (int i = 0; i < lines.length; i++) {
        Matcher field = FIELD.matcher(lines[i].strip());
        if (!field.matches()) {
          continue;
        }
        // A long title goes on over indented lines; so does a list of authors, one a line.
        List<String> values = new ArrayList<>(List.of(field.group(2).strip()));
        while (i + 1 < lines.length && lines[i + 1].startsWith(" ") && !lines[i + 1].isBlank()) {
          values.add(lines[++i].strip());
        }
        switch (field.group(1)) {
          case "Title" -> title = title == null ? String.join(" ", values) : title;
          case "Author" -> values.stream().filter(name -> !name.isEmpty()).forEach(creators::add);
          default -> language = language == null ? values.getFirst() : language;
        }
      }
      Matcher opening = OPENING.matcher(head);
      if (opening.find()) {
        title = title == null ? opening.group(1).strip() : title;
        if (creators.isEmpty()) {
          creators.add(opening.group(2).strip());
        }
      }
      return new Header(blankToNull(title), List.copyOf(creators), blankToNull(language));
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value;
    }
  }
}
