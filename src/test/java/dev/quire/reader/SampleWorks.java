package dev.quire.reader;

import dev.quire.account.Viewer;
import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.Importer;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The works the browser tests read, imported as AO3 downloads with neutral synthetic text: a
 * three-chapter work with notes in every place AO3 puts them, the first of a series, and a short
 * French work rated Explicit. Importing them again finds the same works (an import is idempotent).
 */
record SampleWorks(WorkDetails chaptered, WorkDetails explicit) {

  /** A word no other test uses, so that search finds exactly these works. */
  static final String WORD = "Quillmere";
  static final String TAG = "Quillmere Weather";
  static final String SERIES = "The Quillmere Almanac";

  static SampleWorks importInto(Importer importer, WorkCatalog catalog) {
    return new SampleWorks(
        catalog.details(Viewer.guest(), importHtml(importer, "quillmere-light.html", chapteredWork())).orElseThrow(),
        catalog.details(Viewer.guest(), importHtml(importer, "quillmere-lettres.html", explicitWork())).orElseThrow());
  }

  ChapterText chapter(int position) {
    return chaptered.chapters().get(position - 1);
  }

  private static long importHtml(Importer importer, String name, String html) {
    FileOutcome outcome = importer.importBytes(name, name, html.getBytes(StandardCharsets.UTF_8), false);
    if (outcome.workId() == null) {
      throw new IllegalStateException(name + " did not import: " + outcome.reason());
    }
    return outcome.workId();
  }

  private static String chapteredWork() {
    return page("The Keepers of Quillmere Light", "General Audiences", "English",
        "<dt>Fandom:</dt><dd><a href=\"#\">Original Work</a></dd>"
            + "<dt>Relationships:</dt><dd><a href=\"#\">Ada &amp; Bea</a></dd>"
            + "<dt>Characters:</dt><dd><a href=\"#\">Ada</a>, <a href=\"#\">Bea</a></dd>"
            + "<dt>Additional Tags:</dt><dd><a href=\"#\">" + TAG + "</a>, <a href=\"#\">Lighthouses</a></dd>"
            + "<dt>Series:</dt><dd>Part 1 of <a href=\"#\">" + SERIES + "</a></dd>",
        "3/3",
        "<p>Summary</p><blockquote class=\"userstuff\"><p>Two keepers of the " + WORD
            + " light write down a year of weather.</p></blockquote>"
            + "<p>Notes</p><blockquote class=\"userstuff\"><p>Work notes: written for a friend who likes the sea.</p></blockquote>",
        chapter(1, "Chapter 1: Spring", "<p>Chapter Notes</p><blockquote class=\"userstuff\"><p>Chapter one notes: the lamp comes first.</p></blockquote>",
            "spring", "<p>Chapter End Notes</p><blockquote class=\"userstuff\"><p>Chapter one end notes: thank you for reading.</p></blockquote>")
            + chapter(2, "Chapter 2: Summer", "", "summer", "")
            + chapter(3, "Chapter 3: Winter", "", "winter",
                "<p>Chapter End Notes</p><blockquote class=\"userstuff\"><p>Chapter three end notes: the almanac is full.</p></blockquote>"),
        "<p>End Notes</p><blockquote class=\"userstuff\"><p>Work end notes: comments are welcome.</p></blockquote>");
  }

  private static String explicitWork() {
    return page("Les Lettres de " + WORD, "Explicit", "Français",
        "<dt>Fandom:</dt><dd><a href=\"#\">Original Work</a></dd>", "1/1",
        "<p>Summary</p><blockquote class=\"userstuff\"><p>Une gardienne écrit des lettres.</p></blockquote>",
        chapter(1, "Chapitre 1", "", "lettres", ""), "");
  }

  private static String chapter(int position, String heading, String notes, String season, String endNotes) {
    String paragraphs = IntStream.rangeClosed(1, 6)
        .mapToObj(i -> "<p>" + prose(season, i) + "</p>")
        .collect(Collectors.joining("\n"));
    return "<div class=\"meta group\"><h2 class=\"heading\">" + heading + "</h2>" + notes + "</div>\n"
        + "<div class=\"userstuff\">" + paragraphs + "</div>\n"
        + (endNotes.isEmpty() ? "" : "<div class=\"meta\" id=\"endnotes" + position + "\">" + endNotes + "</div>\n");
  }

  private static String prose(String season, int paragraph) {
    if (season.equals("lettres")) {
      return "La gardienne du phare écrivit une longue lettre à sa sœur. Elle parla du vent, de la pluie "
          + "et des bateaux qui passaient au loin, puis elle ferma l'enveloppe avant la nuit. (" + paragraph + ")";
    }
    return List.of(
        "In " + season + " the keepers of " + WORD + " climbed the stairs each evening and trimmed the wick before dusk. ",
        "Ada wrote the wind and the tide in the almanac while Bea counted the boats that came home. ",
        "The light turned over the water all night, and in the morning the harbour was calm again. ")
        .get(paragraph % 3).repeat(3) + "(" + season + " " + paragraph + ")";
  }

  private static String page(
      String title, String rating, String language, String tags, String chapters, String preface,
      String body, String endNotes) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>%1$s - Quire Tests - Original Work</title></head>
        <body>
        <div id="preface">
          <p class="message"><b>%1$s</b><br>Posted originally on the Archive of Our Own.</p>
          <div class="meta">
            <dl class="tags">
              <dt>Rating:</dt><dd><a href="#">%2$s</a></dd>
              <dt>Archive Warnings:</dt><dd><a href="#">No Archive Warnings Apply</a></dd>
              %4$s
              <dt>Language:</dt><dd>%3$s</dd>
              <dt>Stats:</dt><dd>Published: 2024-03-01 Updated: 2024-12-01 Words: 900 Chapters: %5$s</dd>
            </dl>
            <h1>%1$s</h1>
            <div class="byline">by <a rel="author" href="#">Quire Tests</a></div>
            %6$s
          </div>
        </div>
        <div id="chapters" class="userstuff">
        %7$s
        </div>
        <div id="afterword"><div class="meta"><div id="endnotes">%8$s</div></div></div>
        </body></html>
        """.formatted(title, rating, language, tags, chapters, preface, body, endNotes);
  }
}
