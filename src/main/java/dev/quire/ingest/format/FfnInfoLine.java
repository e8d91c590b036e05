package dev.quire.ingest.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * FanFiction.Net's gray story line, "Rated: Fiction T - English - Romance/Drama - [Harry P.,
 * Hermione G.] Ron W. - Chapters: 12 - Words: 45,123 - ... - Updated: 7/4/2010 - Published:
 * 1/2/2009 - Status: Complete - id: 12345", as its parts.
 *
 * @param rating the rating as FFN writes it without "Fiction" ("T", "K+"), or {@code null}
 * @param language the language's name as written, or {@code null}
 * @param genres the genres in order ("Hurt/Comfort" is one)
 * @param characters every character named, in order, each once
 * @param pairings the groups in square brackets, FFN's way of marking a pairing
 * @param chapters the stated number of chapters, or {@code null} (one-shots state none)
 * @param complete whether the line says "Status: Complete"
 * @param published the publication date, or {@code null} when the line gives none usable
 * @param updated the last update, or {@code null}
 * @param storyId FFN's story id, or {@code null}
 */
record FfnInfoLine(
    String rating,
    String language,
    List<String> genres,
    List<String> characters,
    List<List<String>> pairings,
    Integer chapters,
    boolean complete,
    LocalDate published,
    LocalDate updated,
    String storyId) {

  private static final String GENRE =
      "Hurt/Comfort|Adventure|Angst|Crime|Drama|Family|Fantasy|Friendship|General|Horror|Humor"
          + "|Mystery|Parody|Poetry|Romance|Sci-Fi|Spiritual|Supernatural|Suspense|Tragedy|Western";
  private static final Pattern GENRES =
      Pattern.compile("(?:" + GENRE + ")(?:/(?:" + GENRE + "))*");
  private static final Pattern ONE_GENRE = Pattern.compile(GENRE);
  private static final Pattern CAST = Pattern.compile("\\[([^\\]]*)\\]|([^,\\[\\]&]+)");
  private static final Pattern LABELLED = Pattern.compile("^([A-Za-z]+)\\s*:\\s*(.*)$");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
  private static final Pattern EPOCH = Pattern.compile("\\d{1,12}");
  // FFN prints dates in US Pacific time; reading its timestamps there keeps the date it shows.
  private static final ZoneId SITE_ZONE = ZoneId.of("America/Los_Angeles");
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT),
          // Pages from before 2010 write "02-08-06"; FFN opened in 1998.
          new DateTimeFormatterBuilder()
              .appendPattern("M-d-")
              .appendValueReduced(ChronoField.YEAR, 2, 2, 1990)
              .toFormatter(Locale.ROOT));

  FfnInfoLine {
    genres = List.copyOf(genres);
    characters = List.copyOf(characters);
    pairings = pairings.stream().map(List::copyOf).toList();
  }

  /**
   * The line that starts in {@code start}, a text node holding "Rated:", and runs on through the
   * inline nodes after it. Dates FFN also gives as timestamps are read from the timestamps, since
   * the text may say "7/4" or "5h ago".
   */
  static FfnInfoLine read(TextNode start) {
    String first = start.text();
    StringBuilder line = new StringBuilder(first.substring(Math.max(0, first.indexOf("Rated:"))));
    for (Node node = following(start); node != null; node = following(node)) {
      if (node instanceof TextNode text) {
        line.append(text.text());
      } else if (node instanceof Element element) {
        if (element.isBlock() || element.nameIs("br")) {
          break;
        }
        line.append(dateOrText(element));
      }
    }
    return parse(line.toString());
  }

  /**
   * The node after {@code node} on the same line: its next sibling, or the next sibling of the
   * inline element it ends. Pages before 2012 put "Rated: K+" inside a link and the rest of the line
   * after it.
   */
  private static Node following(Node node) {
    for (Node at = node; at != null; at = at.parent()) {
      if (at.nextSibling() != null) {
        return at.nextSibling();
      }
      if (!(at.parent() instanceof Element parent) || parent.isBlock()) {
        return null;
      }
    }
    return null;
  }

  /** Parses the line's text, the parts separated by " - ". */
  static FfnInfoLine parse(String line) {
    Reading reading = new Reading();
    String[] parts = line.split("\\s+-\\s+");
    for (int i = 0; i < parts.length; i++) {
      reading.part(parts[i].strip(), i);
    }
    return reading.result();
  }

  private static String dateOrText(Element element) {
    String epoch = element.attr("data-xutime");
    if (!EPOCH.matcher(epoch).matches()) {
      return element.text();
    }
    return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(SITE_ZONE).toLocalDate().toString();
  }

  private static LocalDate date(String text) {
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException e) {
        // Try the next way of writing it.
      }
    }
    return null;
  }

  private static Integer number(String text) {
    Matcher number = NUMBER.matcher(text.replace(",", ""));
    return number.find() ? Integer.valueOf(number.group()) : null;
  }

  /** The parts found so far. */
  private static final class Reading {
    private String rating;
    private String language;
    private final List<String> genres = new ArrayList<>();
    private final Set<String> characters = new LinkedHashSet<>();
    private final List<List<String>> pairings = new ArrayList<>();
    private Integer chapters;
    private boolean complete;
    private LocalDate published;
    private LocalDate updated;
    private String storyId;

    void part(String part, int index) {
      Matcher labelled = LABELLED.matcher(part);
      if (labelled.matches()) {
        labelled(labelled.group(1).toLowerCase(Locale.ROOT), labelled.group(2).strip());
      } else if (index == 1) {
        language = part;
      } else if (part.equalsIgnoreCase("complete")) {
        // Pages before 2012 end the line "... - Complete - id:2652996", without "Status:".
        complete = true;
      } else if (GENRES.matcher(part).matches()) {
        ONE_GENRE.matcher(part).results().forEach(genre -> genres.add(genre.group()));
      } else if (!part.isEmpty()) {
        cast(part);
      }
    }

    private void labelled(String label, String value) {
      switch (label) {
        case "rated" -> rating = value.replaceFirst("(?i)^fiction\\s+", "");
        case "chapters" -> chapters = number(value);
        case "status" -> complete = value.equalsIgnoreCase("complete");
        case "published" -> published = date(value);
        case "updated" -> updated = date(value);
        case "id" -> storyId = NUMBER.matcher(value).matches() ? value : null;
        default -> {
          // Words, reviews, favs and follows say nothing about the story itself.
        }
      }
    }

    private void cast(String part) {
      Matcher names = CAST.matcher(part);
      while (names.find()) {
        if (names.group(1) != null) {
          List<String> pairing = names(names.group(1));
          characters.addAll(pairing);
          if (pairing.size() > 1) {
            pairings.add(pairing);
          }
        } else {
          characters.addAll(names(names.group(2)));
        }
      }
    }

    private static List<String> names(String list) {
      return Arrays.stream(list.split("[,&]"))
          .map(String::strip)
          .filter(name -> !name.isEmpty())
          .toList();
    }

    FfnInfoLine result() {
      return new FfnInfoLine(rating, language, genres, List.copyOf(characters), pairings,
          chapters, complete, published, updated, storyId);
    }
  }
}
