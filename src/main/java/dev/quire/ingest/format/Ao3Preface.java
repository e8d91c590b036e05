package dev.quire.ingest.format;

import dev.quire.story.LanguageNames;
import dev.quire.story.StoryDocument;
import dev.quire.tag.TagKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the work's metadata from the preface and afterword of an AO3 download: the {@code
 * p.message} with the title and source link, the {@code dl.tags} list of {@code dt}/{@code dd}
 * pairs, the {@code h1} title, the {@code div.byline}, the Summary and Notes blockquotes, and the
 * End Notes in {@code div#afterword}.
 *
 * <p>Only markup that survives calibre's conversion is relied on (ids, {@code dl.tags}, {@code
 * p.message}, {@code div.byline}, {@code blockquote.userstuff}), since AO3's EPUBs rename the other
 * classes; the EPUB reader merges its files into one tree and reads it here too. Stateless.
 */
final class Ao3Preface {

  private static final Map<String, TagKind> KINDS = Map.ofEntries(
      Map.entry("rating", TagKind.RATING),
      Map.entry("ratings", TagKind.RATING),
      Map.entry("archive warning", TagKind.WARNING),
      Map.entry("archive warnings", TagKind.WARNING),
      Map.entry("category", TagKind.CATEGORY),
      Map.entry("categories", TagKind.CATEGORY),
      Map.entry("fandom", TagKind.FANDOM),
      Map.entry("fandoms", TagKind.FANDOM),
      Map.entry("relationship", TagKind.RELATIONSHIP),
      Map.entry("relationships", TagKind.RELATIONSHIP),
      Map.entry("character", TagKind.CHARACTER),
      Map.entry("characters", TagKind.CHARACTER),
      Map.entry("additional tags", TagKind.FREEFORM));
  // AO3 or another archive running its software, which names itself in the same message.
  private static final Pattern WORK_URL = Pattern.compile("https?://[^/\\s\"'<>]+/works/\\d+");
  private static final Pattern PUBLISHED = stat("Published");
  private static final Pattern UPDATED = stat("(?:Updated|Completed)");
  private static final Pattern CHAPTERS =
      Pattern.compile("Chapters:\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6}|\\?)");
  private static final Pattern SERIES_PART = Pattern.compile("Part\\s+(\\d{1,6})\\s+of\\s*$");

  private Ao3Preface() {}

  /** Whether the tree holds an AO3 preface: its tag list, or its "Posted originally" message. */
  static boolean isPresent(Element root) {
    // Lookups stay one level deep: a descendant selector re-walks ancestors for every candidate.
    Element preface = root.getElementById("preface");
    Element message = preface == null ? null : preface.selectFirst("p.message");
    return preface != null && (preface.selectFirst("dl.tags") != null
        || (message != null && message.text().contains("Archive of Our Own")));
  }

  /** Adds everything the preface and afterword state to {@code story}. */
  static void readInto(Element root, StoryDocument.Builder story) {
    Element preface = root.getElementById("preface");
    if (preface == null) {
      return;
    }
    story.title(title(preface));
    story.creators(creators(preface));
    story.sourceUrl(sourceUrl(preface));
    story.summary(labelled(preface, "Summary"));
    story.notes(labelled(preface, "Notes"));
    Element afterword = root.getElementById("afterword");
    Element endNotes = afterword == null ? null : afterword.getElementById("endnotes");
    story.endNotes(endNotes == null ? null : labelled(endNotes, "End Notes"));
    Element tags = preface.selectFirst("dl.tags");
    if (tags != null) {
      readTagList(tags, story);
    }
  }

  /**
   * The HTML of the {@code blockquote.userstuff} after each paragraph labelled with one of {@code
   * labels} within {@code scope}, joined in order; {@code null} when there is none or it is empty
   * (AO3 writes a "Notes" label with only a link to the end notes).
   */
  static String labelled(Element scope, String... labels) {
    List<String> wanted = List.of(labels);
    StringBuilder html = new StringBuilder();
    // One pass that never enters a blockquote, so a "Notes" paragraph quoted inside a summary is
    // no label, and hostile nesting costs linear time.
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element element) || !element.nameIs("blockquote")) {
          return FilterResult.CONTINUE;
        }
        Element label = element.previousElementSibling();
        if (element.hasClass("userstuff") && label != null && label.nameIs("p")
            && wanted.contains(label.text().strip())) {
          html.append(element.html().strip());
        }
        return FilterResult.SKIP_ENTIRELY;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, scope);
    return html.isEmpty() ? null : html.toString();
  }

  private static String title(Element preface) {
    Element message = preface.selectFirst("p.message");
    Element bold = message == null ? null : message.selectFirst("b");
    Element heading = preface.selectFirst("h1");
    String title = bold != null ? bold.text() : heading != null ? heading.text() : "";
    return title.isBlank() ? null : title.strip();
  }

  private static List<String> creators(Element preface) {
    Element byline = preface.selectFirst(".byline");
    if (byline == null) {
      return List.of();
    }
    List<String> names = byline.select("a[rel=author]").eachText();
    if (!names.isEmpty()) {
      return names;
    }
    // Anonymous works and orphaned ones credit a name without a link: "by Anonymous".
    String name = byline.text().strip().replaceFirst("^by\\s+", "");
    return name.isBlank() ? List.of() : List.of(name);
  }

  private static String sourceUrl(Element preface) {
    Element message = preface.selectFirst("p.message");
    for (Element link : message == null ? List.<Element>of() : message.select("a[href]")) {
      Matcher url = WORK_URL.matcher(link.attr("href"));
      if (url.lookingAt()) {
        return url.group();
      }
    }
    return null;
  }

  private static void readTagList(Element list, StoryDocument.Builder story) {
    for (Element term : list.select("dt")) {
      Element value = term.nextElementSibling();
      if (value == null || !value.nameIs("dd")) {
        continue;
      }
      String label = term.text().strip().replaceFirst(":$", "").toLowerCase(Locale.ROOT);
      TagKind kind = KINDS.get(label);
      if (kind != null) {
        tagNames(value).forEach(name -> story.tag(kind, tagName(kind, name)));
      }
      switch (label) {
        case "language" -> story.language(LanguageNames.toTag(value.text()));
        case "series" -> readSeries(value, story);
        case "stats" -> readStats(value.text(), story);
        default -> { }
      }
    }
  }

  private static List<String> tagNames(Element value) {
    List<String> linked = value.select("a").eachText();
    if (!linked.isEmpty()) {
      return linked;
    }
    // AO3 forbids commas in tag names, so a list written without links splits safely on them.
    List<String> names = new ArrayList<>();
    for (String name : value.text().split(",")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  private static String tagName(TagKind kind, String name) {
    return kind == TagKind.RATING ? RatingMapping.toAo3(name).tagName() : name;
  }

  private static void readSeries(Element value, StoryDocument.Builder story) {
    for (Element link : value.select("a")) {
      Node before = link.previousSibling();
      if (before instanceof TextNode text && !link.text().isBlank()) {
        Matcher part = SERIES_PART.matcher(text.text());
        if (part.find()) {
          story.series(link.text().strip(), Integer.parseInt(part.group(1)));
        }
      }
    }
  }

  private static void readStats(String stats, StoryDocument.Builder story) {
    story.published(date(PUBLISHED.matcher(stats)));
    story.updated(date(UPDATED.matcher(stats)));
    story.stats(StatedStats.read(stats));
    Matcher chapters = CHAPTERS.matcher(stats);
    if (chapters.find() && !chapters.group(2).equals("?")) {
      story.chaptersExpected(Integer.valueOf(chapters.group(2)));
    }
  }

  private static LocalDate date(Matcher stat) {
    if (!stat.find()) {
      return null;
    }
    try {
      return LocalDate.parse(stat.group(1));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Pattern stat(String label) {
    return Pattern.compile(label + ":\\s*(\\d{4}-\\d{2}-\\d{2})");
  }
}
