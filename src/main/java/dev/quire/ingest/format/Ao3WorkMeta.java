package dev.quire.ingest.format;

import dev.quire.story.LanguageNames;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.SeriesPlace;
import dev.quire.story.WorkStats;
import dev.quire.tag.TagKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The work header of an AO3 work page ({@code dl.work.meta}): tags, language, series and stats.
 *
 * @param tags every tag under its kind, the rating as AO3's rating name
 * @param language the BCP 47 tag of the stated language, or {@code null}
 * @param series the series the work belongs to, with its part number in each
 * @param published the first publication date, or {@code null}
 * @param updated the date of the last update or of completion, or {@code null}
 * @param chaptersPosted how many chapters the work has (the {@code x} of {@code x/y}), or {@code
 *     null} when the header does not say
 * @param chaptersExpected the {@code y} of {@code x/y}, or {@code null} for {@code ?}
 * @param stats the kudos, hits, comments and bookmarks the header states
 */
record Ao3WorkMeta(
    List<AuthorTag> tags,
    String language,
    List<SeriesPlace> series,
    LocalDate published,
    LocalDate updated,
    Integer chaptersPosted,
    Integer chaptersExpected,
    WorkStats stats) {

  private static final Pattern CHAPTERS =
      Pattern.compile("(?<!\\d)(\\d{1,6})\\s*/\\s*([1-9]\\d{0,5}(?!\\d)|\\?)");
  private static final Pattern PART =
      Pattern.compile("Part\\s+(\\d{1,6})(?!\\d)", Pattern.CASE_INSENSITIVE);

  Ao3WorkMeta {
    tags = List.copyOf(tags);
    series = List.copyOf(series);
  }

  /** Reads the header {@code meta}, a {@code dl.work.meta} element. */
  static Ao3WorkMeta read(Element meta) {
    Matcher chapters = CHAPTERS.matcher(text(meta.selectFirst("dl.stats dd.chapters")));
    boolean counted = chapters.find();
    return new Ao3WorkMeta(
        tags(meta),
        LanguageNames.toTag(text(meta.selectFirst("dd.language"))),
        series(meta),
        date(meta.selectFirst("dl.stats dd.published")),
        date(meta.selectFirst("dl.stats dd.status")),
        counted ? Integer.valueOf(chapters.group(1)) : null,
        counted && !chapters.group(2).equals("?") ? Integer.valueOf(chapters.group(2)) : null,
        StatedStats.read(String.join(" ", meta.select("dl.stats > dt, dl.stats > dd").eachText())));
  }

  private static List<AuthorTag> tags(Element meta) {
    List<AuthorTag> tags = new ArrayList<>();
    for (TagKind kind : TagKind.values()) {
      for (Element tag : meta.select("dd." + kind.key() + ".tags a.tag")) {
        String name = tag.text().strip();
        if (kind == TagKind.RATING) {
          name = RatingMapping.toAo3(name).tagName();
        }
        if (!name.isEmpty()) {
          tags.add(new AuthorTag(kind, name));
        }
      }
    }
    return tags;
  }

  private static List<SeriesPlace> series(Element meta) {
    List<SeriesPlace> places = new ArrayList<>();
    for (Element position : meta.select("dd.series span.position")) {
      Matcher part = PART.matcher(position.text());
      Element title = position.selectFirst("a");
      if (part.find() && title != null && !title.text().isBlank()) {
        places.add(new SeriesPlace(title.text().strip(), Integer.parseInt(part.group(1))));
      }
    }
    return places;
  }

  private static LocalDate date(Element element) {
    try {
      return element == null ? null : LocalDate.parse(element.text().strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(Element element) {
    return element == null ? "" : element.text();
  }
}
