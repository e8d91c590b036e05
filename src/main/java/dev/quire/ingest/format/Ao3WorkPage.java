package dev.quire.ingest.format;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.Installment;
import dev.quire.story.StoryDocument.StoryChapter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the work in a saved AO3 work page. See {@link Ao3WorkPageFormat} for the rules. */
final class Ao3WorkPage {

  private static final String AO3 = "archiveofourown.org";

  private static final Pattern WORK_LINK =
      Pattern.compile("^(?:(?:https?:)?//([^/]+))?/works/(\\d{1,12})(?!\\d)");
  private static final Pattern CHAPTER_ID = Pattern.compile("^chapter-([1-9]\\d{0,5})$");
  private static final Pattern NUMBERED_OPTION = Pattern.compile("^([1-9]\\d{0,5})\\.");
  // AO3 numbers every chapter heading itself; only what follows is the author's title.
  private static final Pattern GENERATED_HEADING =
      Pattern.compile("^Chapter\\s+\\d+\\s*:?\\s*", Pattern.CASE_INSENSITIVE);

  private Ao3WorkPage() {}

  /** The work on {@code page}, or only the chapters it shows with their place in the work. */
  static StoryDocument read(Document page) throws UnreadableFileException {
    Element meta = page.selectFirst("dl.work.meta");
    Element skin = page.getElementById("workskin");
    if (meta == null || skin == null) {
      throw new UnreadableFileException(
          "not an AO3 work page: it has no work header (dl.work.meta) or no work text"
              + " (div#workskin)");
    }
    Ao3WorkMeta header = Ao3WorkMeta.read(meta);
    List<NumberedChapter> chapters = chapters(page, skin);
    Element preface = skin.selectFirst("> div.preface");
    String work = workAddress(page);
    StoryDocument.Builder story =
        StoryDocument.builder()
            .title(text(skin.selectFirst("h2.title")))
            .creators(preface == null ? List.of() : creators(preface))
            .summary(PageMarkup.inner(find(preface, "div.summary blockquote.userstuff")))
            .notes(notes(find(preface, "div.notes")))
            .endNotes(PageMarkup.inner(page.selectFirst("#work_endnotes blockquote.userstuff")))
            .language(header.language())
            .tags(header.tags())
            .series(header.series())
            .chaptersExpected(header.chaptersExpected())
            .published(header.published())
            .updated(header.updated())
            .stats(header.stats())
            .chapters(chapters.stream().map(NumberedChapter::chapter).toList())
            .sourceUrl(work == null ? null : "https://" + work);
    Integer posted = header.chaptersPosted();
    if (work != null && posted != null && chapters.size() < posted) {
      story.installment(new Installment(work, chapters.getFirst().number()));
    }
    return story.build();
  }

  /** A chapter with its number in the work, which a page of one chapter needs to place it. */
  private record NumberedChapter(int number, StoryChapter chapter) {}

  private static List<NumberedChapter> chapters(Document page, Element skin)
      throws UnreadableFileException {
    Element whole = skin.selectFirst("#chapters > div.userstuff");
    if (whole != null) {
      return List.of(new NumberedChapter(1, new StoryChapter(null, null, null, body(whole))));
    }
    List<Element> parts = skin.select("#chapters > div.chapter");
    List<NumberedChapter> chapters = new ArrayList<>();
    for (Element part : parts) {
      Element text = part.selectFirst("> div.userstuff");
      if (text != null) {
        int number = number(part, page, parts.size() == 1).orElse(chapters.size() + 1);
        chapters.add(new NumberedChapter(number, chapter(part, text)));
      }
    }
    if (chapters.isEmpty()) {
      throw new UnreadableFileException("the AO3 work page holds no chapter text");
    }
    return chapters;
  }

  /** The work's notes, after the gifts, translations and inspirations AO3 lists above them. */
  private static String notes(Element module) {
    if (module == null) {
      return null;
    }
    return PageMarkup.join(
        PageMarkup.outer(module.select("> ul.associations")),
        PageMarkup.inner(module.select("> blockquote.userstuff")));
  }

  private static StoryChapter chapter(Element part, Element text) {
    List<Element> summary = new ArrayList<>();
    List<Element> notes = new ArrayList<>();
    for (Element preface : part.select("> div.preface")) {
      summary.addAll(preface.select("div.summary blockquote.userstuff"));
      notes.addAll(preface.select("div.notes:not(.end) blockquote.userstuff"));
    }
    Element heading = part.selectFirst("h3.title");
    String title =
        heading == null ? "" : GENERATED_HEADING.matcher(heading.text().strip()).replaceFirst("");
    return new StoryChapter(
        title.isEmpty() ? null : title,
        PageMarkup.inner(summary),
        PageMarkup.inner(notes),
        PageMarkup.inner(part.select("div.end.notes blockquote.userstuff")),
        body(text));
  }

  /** The chapter's number from its {@code chapter-N} id or, alone on a page, the chapter menu. */
  private static OptionalInt number(Element part, Document page, boolean alone) {
    Matcher id = CHAPTER_ID.matcher(part.id());
    if (id.matches()) {
      return OptionalInt.of(Integer.parseInt(id.group(1)));
    }
    Element selected = alone ? page.selectFirst("select#selected_id option[selected]") : null;
    Matcher option = NUMBERED_OPTION.matcher(selected == null ? "" : selected.text().strip());
    return option.find()
        ? OptionalInt.of(Integer.parseInt(option.group(1)))
        : OptionalInt.empty();
  }

  private static String body(Element text) {
    text.select("> h3.landmark").remove();
    return text.html().strip();
  }

  private static List<String> creators(Element preface) {
    List<String> names = preface.select("h3.byline a[rel=author]").eachText();
    if (names.isEmpty()) {
      // An anonymous work names no account, only "Anonymous".
      String byline = text(preface.selectFirst("h3.byline"));
      return byline == null ? List.of() : List.of(byline);
    }
    return names;
  }

  /**
   * The work's address without its scheme ({@code archiveofourown.org/works/N}): the page's own
   * address, which names the archive too (another site running AO3's software, such as {@code
   * squidgeworld.org}), else the work most of its links point into, on AO3.
   */
  private static String workAddress(Document page) {
    for (String address :
        List.of(
            page.select("link[rel=canonical]").attr("href"),
            page.select("meta[property=og:url]").attr("content"))) {
      Matcher link = WORK_LINK.matcher(address.strip());
      if (link.find()) {
        String host = link.group(1) == null ? AO3 : link.group(1).toLowerCase(Locale.ROOT);
        return host.replaceFirst("^www\\.", "") + "/works/" + link.group(2);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Element element : page.select("a[href], form[action]")) {
      String address = element.hasAttr("href") ? element.attr("href") : element.attr("action");
      Matcher link = WORK_LINK.matcher(address);
      if (link.find()) {
        counts.merge(link.group(2), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(most -> AO3 + "/works/" + most.getKey())
        .orElse(null);
  }

  private static Element find(Element scope, String query) {
    return scope == null ? null : scope.selectFirst(query);
  }

  private static String text(Element element) {
    String text = element == null ? "" : element.text().strip();
    return text.isEmpty() ? null : text;
  }
}
