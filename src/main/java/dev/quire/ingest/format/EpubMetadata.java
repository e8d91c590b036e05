package dev.quire.ingest.format;

import dev.quire.story.StoryDocument.SeriesPlace;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * What an EPUB's package file states in its {@code <metadata>}: Dublin Core elements, calibre's
 * series, and EPUB 3's {@code belongs-to-collection}. A value the file does not state is {@code
 * null} or empty.
 *
 * @param title the first {@code dc:title}
 * @param creators each {@code dc:creator} credited as author (or without a role), in order
 * @param language the first {@code dc:language} as a BCP 47 tag
 * @param subjects each distinct {@code dc:subject}
 * @param summary {@code dc:description} as HTML
 * @param published the first {@code dc:date} (its publication event when it names events)
 * @param series the series the work belongs to
 * @param sourceUrl {@code dc:source} when it is a web address
 */
record EpubMetadata(String title, List<String> creators, String language, List<String> subjects,
    String summary, LocalDate published, List<SeriesPlace> series, String sourceUrl) {

  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]");

  /** Reads the metadata of a parsed package file. */
  static EpubMetadata read(Document opf) {
    Element metadata = opf.selectFirst("metadata");
    if (metadata == null) {
      return new EpubMetadata(null, List.of(), null, List.of(), null, null, List.of(), null);
    }
    List<String> subjects = new ArrayList<>(new LinkedHashSet<>(texts(metadata, "subject")));
    String source = first(metadata, "source");
    return new EpubMetadata(first(metadata, "title"), creators(metadata),
        language(first(metadata, "language")), subjects, summary(first(metadata, "description")),
        published(metadata), series(metadata),
        source != null && source.matches("https?://\\S+") ? source : null);
  }

  private static List<Element> dc(Element metadata, String name) {
    return metadata.getAllElements().stream()
        .filter(e -> e.normalName().equals("dc:" + name) || e.normalName().equals(name))
        .toList();
  }

  private static List<String> texts(Element metadata, String name) {
    return dc(metadata, name).stream().map(e -> e.text().strip()).filter(t -> !t.isEmpty())
        .toList();
  }

  private static String first(Element metadata, String name) {
    List<String> texts = texts(metadata, name);
    return texts.isEmpty() ? null : texts.getFirst();
  }

  private static List<String> creators(Element metadata) {
    List<String> names = new ArrayList<>();
    for (Element creator : dc(metadata, "creator")) {
      String role = creator.attr("opf:role");
      Element refined = refinement(metadata, creator, "role");
      if (refined != null) {
        role = refined.text();
      }
      if ((role.isBlank() || role.strip().equalsIgnoreCase("aut")) && !creator.text().isBlank()) {
        names.add(creator.text().strip());
      }
    }
    return names;
  }

  private static String language(String code) {
    if (code == null || !LANGUAGE.matcher(code).matches()) {
      return null;
    }
    String tag = Locale.forLanguageTag(code).toLanguageTag();
    return tag.equals("und") ? null : tag;
  }

  private static String summary(String description) {
    if (description == null) {
      return null;
    }
    // calibre and most tools store the summary as escaped HTML; a plain one becomes a paragraph.
    return MARKUP.matcher(description).find() ? description
        : "<p>" + Entities.escape(description) + "</p>";
  }

  private static LocalDate published(Element metadata) {
    List<Element> dates = dc(metadata, "date");
    Element chosen = dates.stream()
        .filter(d -> d.attr("opf:event").equalsIgnoreCase("publication"))
        .findFirst().orElse(dates.isEmpty() ? null : dates.getFirst());
    Matcher date = chosen == null ? null : DATE.matcher(chosen.text().strip());
    if (date == null || !date.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(date.group(1)),
          date.group(2) == null ? 1 : Integer.parseInt(date.group(2)),
          date.group(3) == null ? 1 : Integer.parseInt(date.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static List<SeriesPlace> series(Element metadata) {
    Set<SeriesPlace> places = new LinkedHashSet<>();
    Element calibre = metadata.selectFirst("meta[name=calibre:series][content]");
    if (calibre != null && !calibre.attr("content").isBlank()) {
      Element index = metadata.selectFirst("meta[name=calibre:series_index][content]");
      places.add(new SeriesPlace(calibre.attr("content").strip(),
          position(index == null ? null : index.attr("content"))));
    }
    for (Element collection : metadata.select("meta[property=belongs-to-collection]")) {
      Element index = refinement(metadata, collection, "group-position");
      if (!collection.text().isBlank()) {
        places.add(new SeriesPlace(collection.text().strip(),
            position(index == null ? null : index.text())));
      }
    }
    return List.copyOf(places);
  }

  /** The EPUB 3 {@code <meta refines="#id" property="…">} that qualifies {@code element}. */
  private static Element refinement(Element metadata, Element element, String property) {
    String target = "#" + element.id();
    return element.id().isEmpty() ? null : metadata.select("meta[refines]").stream()
        .filter(m -> m.attr("refines").equals(target) && m.attr("property").equals(property))
        .findFirst().orElse(null);
  }

  private static int position(String index) {
    try {
      return index == null ? 1 : Math.max(1, (int) Double.parseDouble(index.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
