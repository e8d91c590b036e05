package dev.quire.ingest.format;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.SeriesPlace;
import dev.quire.tag.TagKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled lines that open a story posted to a journal or mailing list ("Title: ...",
 * "Rating: ...", "Pairing: ..."), as AO3's importer reads them. See {@link HeaderLinesFormat}.
 *
 * @param title the stated title, or {@code null}
 * @param creators the credited names in order
 * @param summary the summary's paragraphs
 * @param notes notes, disclaimers and unknown labelled lines, in the file's order
 * @param tags the tags the lines give, each under its AO3 kind
 * @param language the BCP 47 tag of the stated language, or {@code null}
 * @param series the series named with a part number
 * @param bodyStart the index of the first line after the header
 */
record HeaderLines(
    String title,
    List<String> creators,
    List<String> summary,
    List<String> notes,
    List<AuthorTag> tags,
    String language,
    List<SeriesPlace> series,
    int bodyStart) {

  enum Label {
    TITLE, CREATOR, RATING, WARNING, CATEGORY, FANDOM, RELATIONSHIP, CHARACTER, FREEFORM, SUMMARY,
    NOTES, DISCLAIMER, LANGUAGE, SERIES
  }

  private static final Map<String, Label> LABELS = Map.ofEntries(
      Map.entry("title", Label.TITLE),
      Map.entry("author", Label.CREATOR),
      Map.entry("authors", Label.CREATOR),
      Map.entry("author(s)", Label.CREATOR),
      Map.entry("by", Label.CREATOR),
      Map.entry("rating", Label.RATING),
      Map.entry("rated", Label.RATING),
      Map.entry("warning", Label.WARNING),
      Map.entry("warnings", Label.WARNING),
      Map.entry("warning(s)", Label.WARNING),
      Map.entry("archive warning", Label.WARNING),
      Map.entry("archive warnings", Label.WARNING),
      Map.entry("category", Label.CATEGORY),
      Map.entry("categories", Label.CATEGORY),
      Map.entry("category(s)", Label.CATEGORY),
      Map.entry("fandom", Label.FANDOM),
      Map.entry("fandoms", Label.FANDOM),
      Map.entry("pairing", Label.RELATIONSHIP),
      Map.entry("pairings", Label.RELATIONSHIP),
      Map.entry("relationship", Label.RELATIONSHIP),
      Map.entry("relationships", Label.RELATIONSHIP),
      Map.entry("character", Label.CHARACTER),
      Map.entry("characters", Label.CHARACTER),
      Map.entry("character(s)", Label.CHARACTER),
      Map.entry("tags", Label.FREEFORM),
      Map.entry("additional tags", Label.FREEFORM),
      Map.entry("summary", Label.SUMMARY),
      Map.entry("notes", Label.NOTES),
      Map.entry("note", Label.NOTES),
      Map.entry("author's note", Label.NOTES),
      Map.entry("author's notes", Label.NOTES),
      Map.entry("a/n", Label.NOTES),
      Map.entry("disclaimer", Label.DISCLAIMER),
      Map.entry("language", Label.LANGUAGE),
      Map.entry("series", Label.SERIES));

  // A label is a few words before a colon: "Title:", "Character(s):", "Author's Notes:".
  private static final Pattern LABELLED =
      Pattern.compile("^([\\p{L}][\\p{L}'’/() ]{0,29}?)\\s*:\\s*(.*)$");
  private static final int MAX_UNKNOWN_LABEL_WORDS = 3;

  HeaderLines {
    creators = List.copyOf(creators);
    summary = List.copyOf(summary);
    notes = List.copyOf(notes);
    tags = List.copyOf(tags);
    series = List.copyOf(series);
  }

  /**
   * The header at the start of {@code lines} (blank lines are empty strings), when there is one:
   * the first line that is not blank carries a known label, and at least two lines do, one of
   * them "Title:", "Rating:" or "Fandom:".
   */
  static Optional<HeaderLines> read(List<String> lines) {
    HeaderReading reading = new HeaderReading();
    boolean afterBlank = false;
    int i = 0;
    for (; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      Matcher labelled = LABELLED.matcher(line);
      Label label = labelled.matches() ? LABELS.get(key(labelled.group(1))) : null;
      if (line.isEmpty()) {
        reading.closeParagraph();
        afterBlank = true;
      } else if (label != null) {
        reading.add(label, labelled.group(2).strip(), line);
        afterBlank = false;
      } else if (labelled.matches() && !afterBlank && reading.hasStarted()
          && isShortLabel(labelled.group(1))) {
        // "Beta: ...", "Word count: ..." inside the header are kept as notes, not lost.
        reading.addNote(line);
      } else if (reading.continuesParagraph()) {
        reading.continueParagraph(line);
      } else {
        break;
      }
    }
    return reading.isHeader() ? Optional.of(reading.result(i)) : Optional.empty();
  }

  /** {@code story} with this header's values first, the story's own where the header is silent. */
  StoryDocument over(StoryDocument story) {
    return story.toBuilder()
        .title(title != null ? title : story.title())
        .creators(creators.isEmpty() ? story.creators() : creators)
        .summary(summary.isEmpty() ? story.summary() : HtmlFragment.ofTexts(summary))
        .notes(PageMarkup.join(HtmlFragment.ofTexts(notes), story.notes()))
        .tags(tags)
        .language(language)
        .series(series)
        .build();
  }

  private static String key(String label) {
    return label.strip().replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean isShortLabel(String label) {
    return label.strip().split("\\s+").length <= MAX_UNKNOWN_LABEL_WORDS;
  }

  /** The values read so far, and the paragraph that unlabelled lines continue, if any. */
  private static final class HeaderReading {
    private final HeaderValues values = new HeaderValues();
    private final List<Label> labels = new ArrayList<>();
    private List<String> paragraph;

    void add(Label label, String value, String line) {
      labels.add(label);
      paragraph = values.add(label, value, line);
    }

    void addNote(String line) {
      values.note(line);
      paragraph = null;
    }

    boolean hasStarted() {
      return !labels.isEmpty();
    }

    boolean continuesParagraph() {
      return paragraph != null;
    }

    void continueParagraph(String line) {
      String last = paragraph.removeLast();
      paragraph.add(last.isEmpty() ? line : last + " " + line);
    }

    void closeParagraph() {
      paragraph = null;
    }

    boolean isHeader() {
      return labels.size() >= 2
          && (labels.contains(Label.TITLE)
              || labels.contains(Label.RATING)
              || labels.contains(Label.FANDOM));
    }

    HeaderLines result(int bodyStart) {
      return values.result(bodyStart);
    }
  }
}
