package dev.quire.ingest.format;

import dev.quire.story.StoryDocument.StoryChapter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Splits the {@code div#chapters} of an AO3 download into chapters. Walking its children in
 * order: a block holding an {@code h2.heading} starts a chapter (with its Chapter Summary and
 * Chapter Notes blockquotes), a {@code div} whose class starts with {@code userstuff} is chapter
 * text, and a block whose id is {@code endnotesN} holds the chapter's end notes. Wrappers around
 * those are walked into; anything else (calibre's page-break blocks, the hidden toc heading) is
 * passed over.
 *
 * <p>A one-chapter work has no heading, so its text is one untitled chapter. Text split across
 * several blocks (calibre splits long chapters between files) joins the chapter it follows.
 * Stateless.
 */
final class Ao3Chapters {

  private static final Pattern BODY_CLASS = Pattern.compile("userstuff\\d*");
  private static final Pattern END_NOTES_ID = Pattern.compile("endnotes\\d+");
  private static final Pattern CHAPTER_N =
      Pattern.compile("Chapter\\s+(\\d{1,6})\\s*(?::\\s*(.*))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBERED = Pattern.compile("(\\d{1,6})\\.\\s*(.*)");
  private static final String UNSAFE = "script, style, noscript, template";
  // AO3 nests chapter blocks two or three deep; a hostile file must not exhaust the stack.
  private static final int MAX_WRAPPER_DEPTH = 32;

  private final List<Draft> drafts = new ArrayList<>();

  private Ao3Chapters() {}

  /** The chapters in reading order; empty when the element holds no chapter text. */
  static List<StoryChapter> read(Element chapters) {
    Ao3Chapters reader = new Ao3Chapters();
    reader.walk(chapters, 0);
    return reader.drafts.stream().filter(Draft::hasContent).map(Draft::toChapter).toList();
  }

  /**
   * The chapter's own title within an AO3 heading: "Chapter 2: The Name" and "2. The Name" give
   * "The Name", a bare "Chapter 2" gives {@code null}. The number is dropped only when it is the
   * chapter's position, so a title such as "1984. Winter" on chapter 3 stays whole.
   */
  static String ownTitle(String heading, int position) {
    String text = heading.strip().replaceAll("\\s+", " ");
    for (Pattern numbered : List.of(CHAPTER_N, NUMBERED)) {
      Matcher m = numbered.matcher(text);
      if (m.matches() && Integer.parseInt(m.group(1)) == position) {
        text = m.group(2) == null ? "" : m.group(2).strip();
        break;
      }
    }
    return text.isEmpty() ? null : text;
  }

  private void walk(Element parent, int depth) {
    for (Element child : parent.children()) {
      if (isBody(child)) {
        current().body.append(bodyHtml(child));
      } else if (END_NOTES_ID.matcher(child.id()).matches()) {
        current().endNotes = Ao3Preface.labelled(child, "Chapter End Notes");
      } else if (depth < MAX_WRAPPER_DEPTH && hasBody(child)) {
        walk(child, depth + 1);
      } else if (isHeading(child) || child.selectFirst("h2.heading") != null) {
        startChapter(child);
      }
    }
  }

  private void startChapter(Element block) {
    Element heading = isHeading(block) ? block : block.selectFirst("h2.heading");
    Draft draft = new Draft();
    draft.headed = true;
    draft.title = ownTitle(heading.text(), drafts.size() + 1);
    draft.summary = Ao3Preface.labelled(block, "Chapter Summary");
    draft.notes = Ao3Preface.labelled(block, "Chapter Notes");
    drafts.add(draft);
  }

  private Draft current() {
    if (drafts.isEmpty()) {
      drafts.add(new Draft());
    }
    return drafts.getLast();
  }

  // Tested by name and class, not Element.is(selector), which walks up to the root every time.
  private static boolean isBody(Element element) {
    return element.nameIs("div")
        && element.classNames().stream().anyMatch(c -> BODY_CLASS.matcher(c).matches());
  }

  private static boolean isHeading(Element element) {
    return element.nameIs("h2") && element.hasClass("heading");
  }

  private static boolean hasBody(Element element) {
    return element.select("div").stream().anyMatch(Ao3Chapters::isBody);
  }

  private static String bodyHtml(Element body) {
    Element copy = body.clone();
    copy.select(UNSAFE).remove();
    return copy.html().strip();
  }

  /** A chapter being collected. */
  private static final class Draft {
    private boolean headed;
    private String title;
    private String summary;
    private String notes;
    private String endNotes;
    private final StringBuilder body = new StringBuilder();

    boolean hasContent() {
      return headed || !body.isEmpty();
    }

    StoryChapter toChapter() {
      return new StoryChapter(title, summary, notes, endNotes, body.toString());
    }
  }
}
