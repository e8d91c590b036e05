package dev.quire.ingest.format;

import dev.quire.story.LanguageNames;
import dev.quire.ingest.format.HeaderLine.Kind;
import dev.quire.ingest.format.HeaderLines.Label;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.SeriesPlace;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects what the labelled lines of a header state, each value under its AO3 meaning. Tag lines
 * hold comma-separated names; warnings and categories that are not AO3's own become additional
 * tags, so nothing the author wrote is lost. Not thread-safe.
 */
final class HeaderValues {

  private static final String NO_WARNINGS = "No Archive Warnings Apply";
  private static final String CHOSE_NOT_TO_WARN = "Creator Chose Not To Use Archive Warnings";
  private static final Map<String, String> WARNINGS = Map.of(
      "no archive warnings apply", NO_WARNINGS,
      "no warnings", NO_WARNINGS,
      "none", NO_WARNINGS,
      "graphic depictions of violence", "Graphic Depictions Of Violence",
      "major character death", "Major Character Death",
      "rape/non-con", "Rape/Non-Con",
      "underage", "Underage",
      "underage sex", "Underage",
      "creator chose not to use archive warnings", CHOSE_NOT_TO_WARN,
      "chose not to warn", CHOSE_NOT_TO_WARN);
  private static final Map<String, String> CATEGORIES = Map.of(
      "f/f", "F/F", "f/m", "F/M", "gen", "Gen", "m/m", "M/M", "multi", "Multi", "other", "Other");
  private static final Pattern PART_AFTER =
      Pattern.compile(
          "^(.+?)[\\s,;:(\\[-]*(?<!\\p{L})(?:part|book|no\\.?|#)\\s*(\\d{1,6})\\s*[)\\]]?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PART_BEFORE =
      Pattern.compile(
          "^part\\s+(\\d{1,6})\\s+of\\s+(?:the\\s+)?(.+?)(?:\\s+series)?$",
          Pattern.CASE_INSENSITIVE);

  private String title;
  private final Set<String> creators = new LinkedHashSet<>();
  private final List<String> summary = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<AuthorTag> tags = new ArrayList<>();
  private boolean rated;
  private String language;
  private final List<SeriesPlace> series = new ArrayList<>();

  /**
   * Takes the {@code value} of a {@code line} labelled {@code label} and returns the paragraph
   * list that unlabelled lines after it continue (summary or notes), or {@code null}.
   */
  List<String> add(Label label, String value, String line) {
    switch (label) {
      case TITLE -> title = title == null && !value.isEmpty() ? value : title;
      case CREATOR -> creators.addAll(new HeaderLine(Kind.CREATOR, value).creators());
      case RATING -> rating(value);
      case WARNING -> names(value).forEach(name -> known(TagKind.WARNING, WARNINGS, name));
      case CATEGORY -> names(value).forEach(name -> known(TagKind.CATEGORY, CATEGORIES, name));
      case FANDOM -> names(value).forEach(name -> tag(TagKind.FANDOM, name));
      case RELATIONSHIP -> names(value).forEach(name -> tag(TagKind.RELATIONSHIP, name));
      case CHARACTER -> names(value).forEach(name -> tag(TagKind.CHARACTER, name));
      case FREEFORM -> names(value).forEach(name -> tag(TagKind.FREEFORM, name));
      case LANGUAGE -> language = language == null ? LanguageNames.toTag(value) : language;
      case SERIES -> series(value, line);
      case SUMMARY -> {
        summary.add(value);
        return summary;
      }
      case NOTES -> {
        notes.add(value);
        return notes;
      }
      case DISCLAIMER -> {
        // Readers expect to see the word "Disclaimer", so the label stays.
        notes.add(line);
        return notes;
      }
    }
    return null;
  }

  /** Keeps a labelled line the header does not know, label and all. */
  void note(String line) {
    notes.add(line);
  }

  HeaderLines result(int bodyStart) {
    return new HeaderLines(title, List.copyOf(creators), nonBlank(summary), nonBlank(notes), tags,
        language, series, bodyStart);
  }

  private void rating(String value) {
    if (rated || value.isEmpty()) {
      return;
    }
    Rating rating = RatingMapping.toAo3(value);
    if (rating == Rating.NOT_RATED) {
      // "PG-13 for language" states its rating in its first word.
      rating = RatingMapping.toAo3(value.split("[\\s,;(]+")[0]);
    }
    tags.add(new AuthorTag(TagKind.RATING, rating.tagName()));
    rated = true;
  }

  private void known(TagKind kind, Map<String, String> names, String name) {
    String known = names.get(name.toLowerCase(Locale.ROOT));
    tag(known == null ? TagKind.FREEFORM : kind, known == null ? name : known);
  }

  private void tag(TagKind kind, String name) {
    AuthorTag tag = new AuthorTag(kind, name);
    if (!tags.contains(tag)) {
      tags.add(tag);
    }
  }

  private void series(String value, String line) {
    Matcher after = PART_AFTER.matcher(value);
    Matcher before = PART_BEFORE.matcher(value);
    if (after.matches()) {
      series.add(new SeriesPlace(after.group(1).strip(), Integer.parseInt(after.group(2))));
    } else if (before.matches()) {
      series.add(new SeriesPlace(before.group(2).strip(), Integer.parseInt(before.group(1))));
    } else if (!value.isEmpty()) {
      // A series without a part number has no place to record, so the line stays readable.
      notes.add(line);
    }
  }

  private static List<String> names(String value) {
    List<String> names = new ArrayList<>();
    for (String name : value.split(",")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  private static List<String> nonBlank(List<String> paragraphs) {
    return paragraphs.stream().filter(text -> !text.isBlank()).toList();
  }
}
