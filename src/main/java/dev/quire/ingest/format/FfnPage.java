package dev.quire.ingest.format;

import dev.quire.story.LanguageNames;
import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.Installment;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Reads the chapter in a saved FanFiction.Net story page. See {@link FfnPageFormat} for the rules.
 *
 * <p>FFN's layout changed over the years (a table before 2012, {@code #profile_top} since), so the
 * story's header is found from its gray "Rated:" line: the block around that line that also holds
 * a bold title and a link to the author's profile.
 */
final class FfnPage {

  private static final String STORIES = "fanfiction.net/s/";

  private static final Pattern STORY_LINK = Pattern.compile("/s/(\\d{1,12})(?!\\d)");
  private static final Pattern OPTION = Pattern.compile("^([1-9]\\d{0,5})\\.\\s*(.*)$");
  private static final Pattern FANDOM_LINK =
      Pattern.compile(
          "^(?:(?:https?:)?//[^/]+)?/(?:anime|book|cartoon|comic|game|misc|movie|play|tv)/[^/]+/?$"
              + "|-Crossovers/");
  private static final String AUTHOR_LINK = "a[href~=(?:^|fanfiction\\.net)/u/\\d]";

  private FfnPage() {}

  /** The one chapter on {@code page}, placed in its story by an installment. */
  static StoryDocument read(Document page) throws UnreadableFileException {
    Element storytext = page.getElementById("storytext");
    if (storytext == null) {
      throw new UnreadableFileException(
          "not a FanFiction.Net story page: it has no story text (div#storytext)");
    }
    TextNode rated = ratedLine(page);
    FfnInfoLine info = rated == null ? FfnInfoLine.parse("") : FfnInfoLine.read(rated);
    Element profile = rated == null ? page.body() : profile(rated);
    String storyId = info.storyId() != null ? info.storyId() : canonicalId(page);
    if (storyId == null) {
      throw new UnreadableFileException(
          "not a FanFiction.Net story page: it gives no story id (\"id: N\" or a /s/N/ link)");
    }
    Matcher selected = OPTION.matcher(selectedChapter(page));
    int number = selected.matches() ? Integer.parseInt(selected.group(1)) : 1;
    String title = selected.matches() ? chapterTitle(selected.group(2), number) : null;
    FfnStoryText text = FfnStoryText.read(storytext, number, title);
    return StoryDocument.builder()
        .title(text(profile.selectFirst("b")))
        .creators(profile.select(AUTHOR_LINK).stream().limit(1).map(Element::text).toList())
        .summary(PageMarkup.inner(summary(profile)))
        .language(LanguageNames.toTag(info.language()))
        .tags(tags(info, fandoms(page, profile)))
        .chaptersExpected(expected(info))
        .published(info.published())
        .updated(info.updated())
        .chapter(new StoryChapter(title, text.notes(), text.endNotes(), text.bodyHtml()))
        .sourceUrl("https://www." + STORIES + storyId + "/" + number + "/")
        .installment(new Installment(STORIES + storyId, number))
        .build();
  }

  private static TextNode ratedLine(Document page) {
    for (Element element : page.select(":containsOwn(Rated:)")) {
      if (element.closest("#storytext") == null) {
        for (TextNode text : element.textNodes()) {
          if (text.text().contains("Rated:")) {
            return text;
          }
        }
      }
    }
    return null;
  }

  private static Element profile(TextNode rated) {
    for (Element block = rated.parent() instanceof Element parent ? parent : null;
        block != null;
        block = block.parent()) {
      if (block.selectFirst("b") != null && block.selectFirst(AUTHOR_LINK) != null) {
        return block;
      }
    }
    return rated.ownerDocument().body();
  }

  private static Element summary(Element profile) {
    for (Element child : profile.children()) {
      if (child.is("div.xcontrast_txt, div[style*=margin-top]")) {
        return child;
      }
    }
    return null;
  }

  /** The fandom breadcrumb: the last link of {@code #pre_story_links}, else a fandom link. */
  private static List<String> fandoms(Document page, Element profile) {
    Element crumb = page.select("#pre_story_links a").last();
    if (crumb == null) {
      crumb =
          profile.select("a[href]").stream()
              .filter(link -> FANDOM_LINK.matcher(link.attr("href")).find())
              .findFirst()
              .orElse(null);
    }
    String name = crumb == null ? "" : crumb.text().strip();
    if (name.endsWith(" Crossover") && name.contains(" + ")) {
      name = name.substring(0, name.length() - " Crossover".length());
      return List.of(name.split("\\s+\\+\\s+"));
    }
    return name.isEmpty() ? List.of() : List.of(name);
  }

  private static List<AuthorTag> tags(FfnInfoLine info, List<String> fandoms) {
    List<AuthorTag> tags = new ArrayList<>();
    if (info.rating() != null) {
      tags.add(new AuthorTag(TagKind.RATING, RatingMapping.toAo3(info.rating()).tagName()));
    }
    fandoms.forEach(fandom -> tags.add(new AuthorTag(TagKind.FANDOM, fandom)));
    // FFN's square brackets group the characters of a pairing.
    info.pairings()
        .forEach(pair -> tags.add(new AuthorTag(TagKind.RELATIONSHIP, String.join("/", pair))));
    info.characters().forEach(name -> tags.add(new AuthorTag(TagKind.CHARACTER, name)));
    info.genres().forEach(genre -> tags.add(new AuthorTag(TagKind.FREEFORM, genre)));
    return tags;
  }

  /** A complete story's chapter count; a one-shot states none, being one chapter. */
  private static Integer expected(FfnInfoLine info) {
    if (!info.complete()) {
      return null;
    }
    return info.chapters() == null || info.chapters() < 1 ? 1 : info.chapters();
  }

  private static String selectedChapter(Document page) {
    Element option =
        page.selectFirst(
            "select#chap_select option[selected], select[name=chapter] option[selected]");
    return option == null ? "" : option.text().strip();
  }

  /** The chapter's title, or {@code null} for the "Chapter N" FFN shows when there is none. */
  private static String chapterTitle(String title, int number) {
    return title.isEmpty() || title.equalsIgnoreCase("Chapter " + number) ? null : title;
  }

  /**
   * The story's id from the page's canonical link, else from the story links on the page (pages
   * before 2012 have no canonical link; their chapter menu and buttons lead to {@code /s/N/...}).
   */
  private static String canonicalId(Document page) {
    Matcher canonical = STORY_LINK.matcher(page.select("link[rel=canonical]").attr("href"));
    if (canonical.find()) {
      return canonical.group(1);
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Element element : page.select("a[href], select[onchange], input[onclick], button[onclick]")) {
      String address = element.attr("href") + element.attr("onchange") + element.attr("onclick");
      Matcher link = STORY_LINK.matcher(address);
      while (link.find()) {
        counts.merge(link.group(1), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static String text(Element element) {
    String text = element == null ? "" : element.text().strip();
    return text.isEmpty() ? null : text;
  }
}
