package dev.quire.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * Writes a {@link WorkSpec} as AO3's "Download → HTML" file, in the markup AO3 writes: the preface
 * with the tag list and stats, the byline, summary, the chapters (headed when there are several)
 * and the afterword. Stats carry kudos, bookmarks, hits and comments after the chapter count, as
 * AO3's work pages show them. Stateless.
 */
final class Ao3Download {

  private static final String SITE = "http://archiveofourown.org";
  /** The chapter text of a metadata-only archive: one short line, the same in every work. */
  static final String NO_TEXT = "This benchmark archive holds metadata only.";

  private Ao3Download() {}

  static String html(WorkSpec work) {
    StringBuilder html = new StringBuilder(1024 + work.words() * 7);
    String title = escape(work.title());
    html.append("""
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
        <head>
          <meta charset="utf-8"/>
          <title>%s - %s - %s</title>
        </head>
        <body>
        <div id="preface">
          <h2 class="toc-heading">Preface</h2>
          <p class="message">
            <b>%s</b><br/>
            Posted originally on the <a href="%s/">Archive of Our Own</a> at <a href="%s">%s</a>.
          </p>
          <div class="meta">
            <dl class="tags">
        """.formatted(title, escape(work.creator()), escape(String.join(", ", work.fandoms())),
            title, SITE, url(work), url(work)));
    tags(html, "Rating", List.of(work.rating()));
    tags(html, "Archive Warning", work.warnings());
    tags(html, "Category", work.categories());
    tags(html, "Fandom", work.fandoms());
    tags(html, "Relationship", work.relationships());
    tags(html, "Character", work.characters());
    tags(html, "Additional Tags", work.freeforms());
    html.append("      <dt>Language:</dt>\n      <dd>").append(escape(work.language())).append("</dd>\n");
    html.append("      <dt>Stats:</dt>\n      <dd>\n").append(stats(work)).append("      </dd>\n");
    html.append("""
            </dl>
            <h1>%s</h1>
            <div class="byline">by <a rel="author" href="%s/users/%s/pseuds/%s">%s</a></div>
            <p>Summary</p>
            <blockquote class="userstuff"><p>%s</p></blockquote>
          </div>
        </div>
        <div id="chapters" class="userstuff">
        """.formatted(title, SITE, work.creator(), work.creator(), work.creator(), escape(work.summary())));
    chapters(html, work);
    html.append("""
        </div>
        <div id="afterword">
          <h2 class="toc-heading">Afterword</h2>
          <p class="message">Please <a href="%s/comments/new">drop by the archive and comment</a> to let the author know if you enjoyed their work!</p>
        </div>
        </body>
        </html>
        """.formatted(url(work)));
    return html.toString();
  }

  static String url(WorkSpec work) {
    return SITE + "/works/" + (1_000_000 + work.number());
  }

  private static void tags(StringBuilder html, String label, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    html.append("      <dt>").append(label).append(":</dt>\n      <dd>");
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      html.append(i == 0 ? "" : ", ").append("<a href=\"").append(SITE).append("/tags/")
          .append(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
          .append("\">").append(escape(name)).append("</a>");
    }
    html.append("</dd>\n");
  }

  private static String stats(WorkSpec work) {
    NumberFormat number = NumberFormat.getIntegerInstance(Locale.US);
    StringBuilder stats = new StringBuilder("        Published: " + work.published() + "\n");
    if (work.updated() != null) {
      boolean complete = Integer.valueOf(work.chaptersPosted()).equals(work.chaptersExpected());
      stats.append("        ").append(complete ? "Completed: " : "Updated: ").append(work.updated()).append('\n');
    }
    stats.append("        Words: ").append(number.format(work.words())).append('\n');
    stats.append("        Chapters: ").append(work.chaptersPosted()).append('/')
        .append(work.chaptersExpected() == null ? "?" : work.chaptersExpected()).append('\n');
    stats.append("        Kudos: ").append(number.format(work.kudos()))
        .append("\n        Bookmarks: ").append(number.format(work.bookmarks()))
        .append("\n        Hits: ").append(number.format(work.hits()))
        .append("\n        Comments: ").append(number.format(work.comments())).append('\n');
    return stats.toString();
  }

  private static void chapters(StringBuilder html, WorkSpec work) {
    List<List<String>> chapters = work.chapters();
    if (chapters.isEmpty()) {
      html.append("<div class=\"userstuff\"><p>").append(NO_TEXT).append("</p></div>\n");
      return;
    }
    for (int c = 0; c < chapters.size(); c++) {
      if (chapters.size() > 1) {
        html.append("<div class=\"meta group\">\n<h2 class=\"heading\">Chapter ").append(c + 1)
            .append("</h2>\n</div>\n");
      }
      html.append("<div class=\"userstuff\">\n");
      for (String paragraph : chapters.get(c)) {
        html.append("<p>").append(escape(paragraph)).append("</p>\n");
      }
      html.append("</div>\n");
    }
  }

  private static String escape(String text) {
    return Entities.escape(text);
  }
}
