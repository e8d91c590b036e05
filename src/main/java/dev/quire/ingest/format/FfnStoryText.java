package dev.quire.ingest.format;

import dev.quire.ingest.format.HeaderLine.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A FanFiction.Net chapter's text, {@code div#storytext}, split into the notes its author put in
 * the text and the story. FFN has no fields for notes, so authors open and close chapters with
 * paragraphs labelled "Disclaimer", "A/N" or "Author's Note".
 *
 * @param notes the labelled paragraphs that open the chapter, as HTML, or {@code null}
 * @param bodyHtml the rest of the text as HTML
 * @param endNotes the labelled paragraphs that close the chapter, as HTML, or {@code null}
 */
record FfnStoryText(String notes, String bodyHtml, String endNotes) {

  private static final String[] NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"
  };
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile(
          "^(?:chapter|part|ch\\.)\\s*([\\p{L}\\d]+)\\s*(?:[:.\\-–—]\\s*(.*))?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Splits {@code storytext}, which it changes, for chapter {@code number} titled {@code title}
   * (or {@code null}). A leading heading line that only repeats the chapter's number or title is
   * dropped, since the archive shows the chapter's heading itself.
   */
  static FfnStoryText read(Element storytext, int number, String title) {
    List<Element> notes = new ArrayList<>();
    boolean headingDropped = false;
    for (Element first = leading(storytext); first != null; first = leading(storytext)) {
      if (isNote(first)) {
        first.remove();
        notes.add(first);
      } else if (!headingDropped && repeatsHeading(first.text().strip(), number, title)) {
        first.remove();
        headingDropped = true;
      } else {
        break;
      }
    }
    List<Element> endNotes = new ArrayList<>();
    Element last = trailing(storytext);
    while (last != null && isNote(last)) {
      last.remove();
      endNotes.addFirst(last);
      last = trailing(storytext);
    }
    return new FfnStoryText(
        PageMarkup.outer(notes), storytext.html().strip(), PageMarkup.outer(endNotes));
  }

  private static Element leading(Element storytext) {
    return PageMarkup.firstShown(storytext) instanceof Element element ? element : null;
  }

  private static Element trailing(Element storytext) {
    List<Node> nodes = storytext.childNodes();
    for (int i = nodes.size() - 1; i >= 0; i--) {
      if (!PageMarkup.isBlank(nodes.get(i))) {
        return nodes.get(i) instanceof Element element ? element : null;
      }
    }
    return null;
  }

  private static boolean isNote(Element paragraph) {
    return HeaderLine.parse(paragraph.text().strip())
        .filter(line -> line.kind() == Kind.NOTE || line.kind() == Kind.DISCLAIMER)
        .isPresent();
  }

  /** Whether {@code line} is "Chapter 3", "Chapter Three" or "Chapter 3: Title" of this chapter. */
  private static boolean repeatsHeading(String line, int number, String title) {
    if (title != null && line.equalsIgnoreCase(title)) {
      return true;
    }
    Matcher heading = NUMBERED_HEADING.matcher(line);
    if (!heading.matches() || numberOf(heading.group(1)) != number) {
      return false;
    }
    String named = heading.group(2) == null ? "" : heading.group(2).strip();
    return named.isEmpty() || named.equalsIgnoreCase(title);
  }

  private static int numberOf(String word) {
    if (word.chars().allMatch(Character::isDigit) && word.length() <= 6) {
      return Integer.parseInt(word);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < NUMBER_WORDS.length; i++) {
      if (NUMBER_WORDS[i].equals(lower)) {
        return i;
      }
    }
    return -1;
  }
}
