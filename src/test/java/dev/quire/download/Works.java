package dev.quire.download;

import dev.quire.platform.Sha256;
import dev.quire.story.WorkStats;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import dev.quire.work.SeriesDetails;
import dev.quire.work.Visibility;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import dev.quire.work.WorkDetails.SeriesPlace;
import dev.quire.work.WorkSummary;
import dev.quire.work.WorkSummary.Byline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Works built in memory, as the catalog would return them, with neutral synthetic text. */
final class Works {

  static final String ARCHIVE = "https://fic.example.org";

  private Works() {}

  /** Three chapters with notes before and after, a summary, work notes and end notes, a series. */
  static WorkDetails harbourLights(long id) {
    Map<TagKind, List<String>> tags = new EnumMap<>(TagKind.class);
    tags.put(TagKind.RATING, List.of(Rating.GENERAL.tagName()));
    tags.put(TagKind.WARNING, List.of("No Archive Warnings Apply"));
    tags.put(TagKind.CATEGORY, List.of("Gen"));
    tags.put(TagKind.FANDOM, List.of("Harbour Town (Synthetic)"));
    tags.put(TagKind.RELATIONSHIP, List.of());
    tags.put(TagKind.CHARACTER, List.of("Mira Vale", "Tobin Reed"));
    tags.put(TagKind.FREEFORM, List.of("Lighthouses", "Found Family"));
    List<ChapterText> chapters = List.of(
        chapter(id * 10 + 1, 1, "The Lamp", "<p>Before the first chapter.</p>",
            "<p>Thank you for reading.</p>",
            "<p>Mira climbed the hundred steps of the lighthouse every evening.</p>"
                + "<p>The lamp was <em>old</em> and the glass was <strong>thick</strong>.</p>"),
        chapter(id * 10 + 2, 2, null, null, null,
            "<p>Tobin counted the boats.<br>One, two, three.</p><hr><p>Later the fog came.</p>"),
        chapter(id * 10 + 3, 3, "Chapter Three: Home", null, "<p>The end of the last chapter.</p>",
            "<blockquote><p>A quoted letter about the tides.</p></blockquote><ul><li>bread</li><li>lamp oil</li></ul>"));
    WorkSummary summary = new WorkSummary(id, "Harbour Lights", List.of(new Byline("Synthetic Writer", "Synthetic_Writer")), Rating.GENERAL,
        tags, "<p>A lighthouse, a keeper, a long winter.</p>", "en", 60, 3, "3/3", true,
        LocalDate.of(2024, 3, 1), Instant.parse("2024-04-02T10:15:30Z"), WorkStats.NONE, null, 0);
    return new WorkDetails(summary, "<p>Notes before the work.</p>", "<p>Notes after the work.</p>",
        "https://archive.example.org/works/123", chapters, List.of(), List.of(),
        List.of(new SeriesPlace(7, "Coastal Tales", 2)), Visibility.PUBLISHED, false, Set.of());
  }

  /** A work whose every field is awkward: markup characters, non-ASCII, obsolete and broken HTML. */
  static WorkDetails awkward(long id) {
    Map<TagKind, List<String>> tags = new EnumMap<>(TagKind.class);
    tags.put(TagKind.RATING, List.of(Rating.TEEN.tagName()));
    tags.put(TagKind.FANDOM, List.of("Tom & Jerry <Shorts>"));
    tags.put(TagKind.FREEFORM, List.of("\"Quotes\" & 'apostrophes'", "Ünïcödé"));
    List<ChapterText> chapters = List.of(
        chapter(id * 10 + 1, 1, "Empty <&> chapter", null, null, ""),
        chapter(id * 10 + 2, 2, "Café", "<p>Notes with a <a href=\"chapter1.html\">relative link</a>.</p>", null,
            "<center>Centred</center><p align=\"right\">Right</p><span><p>In a span</p></span>"
                + "<li>Lonely item</li><ul>Loose text<li>item</li></ul>"
                + "<p>Picture: <img src=\"https://images.example.org/a.png\" alt=\"a harbour\"> and "
                + "<img src=\"local.png\"> and <img alt=\"described only\"></p>"
                + "<p>Controls \u0001 \u0085 \uFFFE \uD800 gone; cafe\u0301 composed.</p>"
                + "<!-- a -- comment --><h3></h3><p lang=\"xx-invalid-\" dir=\"sideways\">Odd attributes</p>"
                + "<table width=\"50%\" summary=\"old\"><tr><td width=\"3\">cell</td></tr></table>"
                + "<p><font color=\"red\">Red</font> <big>big</big> <tt>mono</tt> <strike>gone</strike></p>"
                + "<p><a href=\"javascript:alert(1)\">script link</a> <a href=\"https://example.org/a b\">broken</a>"
                + " <a href=\"mailto:someone@example.org\">mail</a></p>"));
    WorkSummary summary = new WorkSummary(id, "Crème & <Brûlée> \"Tôkyô\" / 東京", List.of(new Byline("Åsa & Co", "Asa_Co"), new Byline("<b>Bold</b>", "b_Bold_b")),
        Rating.TEEN, tags, "<p>Tom &amp; Jerry &lt;3 \u0001</p>", "en", 40, 2, "2/?", false,
        LocalDate.of(2023, 1, 5), Instant.parse("2023-02-01T00:00:00Z"), WorkStats.NONE, null, 0);
    return new WorkDetails(summary, null, null, "not a url", chapters, List.of(), List.of(), List.of(), Visibility.PUBLISHED, false, Set.of());
  }

  /** A series of the given works, in that order. */
  static SeriesDetails series(long id, String title, WorkDetails... works) {
    return new SeriesDetails(id, title, "<p>Stories of the coast.</p>", List.of(works));
  }

  /** {@code work} with its title, id and language changed. */
  static WorkDetails retitled(WorkDetails work, long id, String title, String language) {
    WorkSummary s = work.summary();
    WorkSummary summary = new WorkSummary(id, title, s.bylines(), s.rating(), s.tags(), s.summary(), language,
        s.words(), s.chapters(), s.chapterProgress(), s.complete(), s.published(), s.updated(), s.stats(), s.sourceStats(), s.suggestionsWaiting());
    return new WorkDetails(summary, work.notes(), work.endNotes(), work.sourceUrl(), work.chapters(),
        work.suggestions(), work.sources(), work.series(), work.visibility(), work.restricted(), work.actions());
  }

  /** A work of one untitled chapter with this text and nothing else. */
  static WorkDetails oneChapter(long id, String bodyHtml) {
    WorkSummary summary = harbourLights(id).summary();
    return new WorkDetails(summary, null, null, null, List.of(chapter(id * 10 + 1, 1, null, null, null, bodyHtml)),
        List.of(), List.of(), List.of(), Visibility.PUBLISHED, false, Set.of());
  }

  private static ChapterText chapter(long id, int position, String title, String notes, String endNotes, String body) {
    String heading = title == null ? "Chapter " + position
        : title.toLowerCase().startsWith("chapter") ? title : "Chapter " + position + ": " + title;
    return new ChapterText(id, position, title, heading, null, notes, endNotes, body, 20, body == null ? null : Sha256.hex(body));
  }
}
