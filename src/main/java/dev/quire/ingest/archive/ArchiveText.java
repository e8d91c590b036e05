package dev.quire.ingest.archive;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Turns the text fields of archive tables into what a {@link dev.quire.story.StoryDocument} holds.
 *
 * <p>Old archives stored prose either as HTML or as text typed into a form, shown with its line
 * breaks. As eFiction decided, a field holding {@code <p>}, {@code <br>} or another block tag is
 * HTML; any other field is text whose blank-line-separated paragraphs become {@code <p>}s and whose
 * single line breaks become {@code <br>}. In such text, the inline tags writers typed ({@code <i>},
 * {@code <b>}, ...) are kept, while everything else is escaped, so a {@code <grin>} stays visible
 * words. Script and style elements are dropped either way. Stateless and thread-safe.
 */
final class ArchiveText {

  private static final Pattern BLOCK_TAG = Pattern.compile(
      "</?(p|div|br|blockquote|h[1-6]|hr|ul|ol|li|dl|dt|dd|table|pre|center)(\\s[^<>]*)?/?>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern INLINE_TAG = Pattern.compile(
      "</?(i|b|u|s|em|strong|strike|del|ins|span|font|a|sup|sub|small|big|tt|cite|q|abbr)"
          + "(\\s[^<>]*)?/?>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
  private static final Pattern DATE = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");

  private ArchiveText() {}

  /**
   * A plain-text value (title, name, tag) with HTML entities decoded and whitespace collapsed, or
   * {@code null} when blank.
   */
  static String plain(String value) {
    if (value == null) {
      return null;
    }
    String text = Parser.unescapeEntities(value.replace("\0", ""), false)
        .replaceAll("\\s+", " ")
        .strip();
    return text.isEmpty() ? null : text;
  }

  /** The value as an HTML fragment, or {@code null} when it holds no visible text. */
  static String html(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.replace("\0", "").replace("\r\n", "\n").replace('\r', '\n').strip();
    Element body = BLOCK_TAG.matcher(text).find() ? parse(text) : paragraphs(text);
    body.select("script, style").remove();
    if (body.text().isBlank() && body.select("img").isEmpty()) {
      return null;
    }
    return body.html();
  }

  private static Element paragraphs(String text) {
    boolean inlineMarkup = INLINE_TAG.matcher(text).find();
    Element body = shell();
    for (String paragraph : BLANK_LINES.split(text)) {
      Element p = body.appendElement("p");
      List<String> lines = paragraph.lines().map(String::strip).toList();
      if (inlineMarkup) {
        p.append(String.join("<br>", lines.stream().map(ArchiveText::keepInlineTags).toList()));
        continue;
      }
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          p.appendElement("br");
        }
        p.appendText(Parser.unescapeEntities(lines.get(i), false));
      }
    }
    return body;
  }

  /** Escapes a line of text except for its inline tags. */
  private static String keepInlineTags(String line) {
    StringBuilder out = new StringBuilder();
    Matcher tag = INLINE_TAG.matcher(line);
    int last = 0;
    while (tag.find()) {
      out.append(escaped(line.substring(last, tag.start()))).append(tag.group());
      last = tag.end();
    }
    return out.append(escaped(line.substring(last))).toString();
  }

  private static String escaped(String text) {
    return Entities.escape(Parser.unescapeEntities(text, false));
  }

  private static Element parse(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    configure(document);
    return document.body();
  }

  private static Element shell() {
    Document document = Document.createShell("");
    configure(document);
    return document.body();
  }

  private static void configure(Document document) {
    document.outputSettings()
        .prettyPrint(false)
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base);
  }

  /** Why a date could not be read, carried back to the caller as a per-story problem. */
  static final class BadDate extends Exception {
    BadDate(String value) {
      super("'" + value + "' is not a date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)");
    }
  }

  /**
   * The day of a {@code YYYY-MM-DD} or {@code YYYY-MM-DD HH:MM:SS} value; {@code null} for a blank
   * value and for MySQL's zero date {@code 0000-00-00}, which means "no date".
   *
   * @throws BadDate when the value is neither
   */
  static LocalDate date(String value) throws BadDate {
    if (value == null || value.isBlank() || value.strip().startsWith("0000-00-00")) {
      return null;
    }
    Matcher m = DATE.matcher(value.strip());
    if (!m.matches()) {
      throw new BadDate(value);
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new BadDate(value);
    }
  }
}
