package dev.quire.posting.web;

import dev.quire.posting.ChapterText;
import dev.quire.posting.NewWork;
import dev.quire.posting.SeriesChoice;
import dev.quire.posting.WorkFields;
import dev.quire.work.CommentPermission;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The "Post New Work" form as it is sent: every value as text, so that a number typed wrong is a
 * problem shown beside its field rather than a failure. Tags are typed separated by commas, as on
 * AO3. Field names are the posting API's, except the chapter's and series' (flat here: the form
 * posts one chapter), which {@link #fieldOf} maps.
 */
record WorkForm(
    String title,
    List<String> pseuds,
    String coCreators,
    String rating,
    List<String> warnings,
    List<String> categories,
    String fandoms,
    String relationships,
    String characters,
    String freeforms,
    String summary,
    String notes,
    String endNotes,
    String language,
    String seriesTitle,
    String seriesPosition,
    String chaptersExpected,
    Boolean restricted,
    String commentPermission,
    String chapterTitle,
    String chapterText,
    String markup) {

  WorkForm {
    pseuds = pseuds == null ? List.of() : pseuds;
    warnings = warnings == null ? List.of() : warnings;
    categories = categories == null ? List.of() : categories;
  }

  /** An empty form, as {@code /works/new} first shows it. */
  static WorkForm empty() {
    return new WorkForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
        "en", null, null, null, false, "REGISTERED", null, null, "HTML");
  }

  /** A form showing a work's fields, for editing; the chapter is edited on its own page. */
  static WorkForm of(WorkFields fields) {
    return new WorkForm(fields.title(), fields.pseuds(), String.join(", ", fields.coCreators()),
        fields.rating(), fields.warnings(), fields.categories(), commas(fields.fandoms()),
        commas(fields.relationships()), commas(fields.characters()), commas(fields.freeforms()),
        fields.summary(), fields.notes(), fields.endNotes(), fields.language(),
        fields.series() == null ? null : fields.series().title(),
        fields.series() == null || fields.series().position() == null ? null : fields.series().position().toString(),
        fields.chaptersExpected() == null ? null : fields.chaptersExpected().toString(),
        fields.restricted(), fields.commentPermission().name(), null, null, "HTML");
  }

  /**
   * The same form with {@code name} taken into {@code field} (a suggestion accepted): the rating
   * replaced, a category ticked, a tag added to the others.
   */
  WorkForm withTag(String field, String name) {
    List<String> ticked = field.equals("categories") && !categories.contains(name)
        ? java.util.stream.Stream.concat(categories.stream(), java.util.stream.Stream.of(name)).toList()
        : categories;
    return new WorkForm(title, pseuds, coCreators, field.equals("rating") ? name : rating, warnings, ticked,
        added("fandoms", fandoms, field, name), added("relationships", relationships, field, name),
        added("characters", characters, field, name), added("freeforms", freeforms, field, name),
        summary, notes, endNotes, language, seriesTitle, seriesPosition, chaptersExpected, restricted,
        commentPermission, chapterTitle, chapterText, markup);
  }

  private static String added(String field, String tags, String chosen, String name) {
    if (!field.equals(chosen)) {
      return tags;
    }
    return blank(tags) ? name : tags.strip() + ", " + name;
  }

  /** What the form's text cannot be read as: numbers that are not numbers. */
  Map<String, String> unreadable() {
    Map<String, String> problems = new LinkedHashMap<>();
    if (number(seriesPosition) == null && !blank(seriesPosition)) {
      problems.put("seriesPosition", "Part of series must be a whole number.");
    }
    if (number(chaptersExpected) == null && !blank(chaptersExpected) && !chaptersExpected.strip().equals("?")) {
      problems.put("chaptersExpected", "Expected chapters must be a whole number, or empty when unknown.");
    }
    return problems;
  }

  WorkFields fields() {
    return new WorkFields(title, pseuds, split(coCreators), rating, warnings, categories, split(fandoms),
        split(relationships), split(characters), split(freeforms), summary, notes, endNotes, language,
        blank(seriesTitle) ? null : new SeriesChoice(seriesTitle, number(seriesPosition)),
        number(chaptersExpected), Boolean.TRUE.equals(restricted), permission());
  }

  ChapterText chapter() {
    return new ChapterText(chapterTitle, null, null, null, chapterText,
        "PLAIN".equalsIgnoreCase(markup) ? ChapterText.Markup.PLAIN : ChapterText.Markup.HTML);
  }

  NewWork newWork(boolean draft) {
    return new NewWork(fields(), List.of(chapter()), draft);
  }

  /** The form field that shows a problem the posting rules name ({@code chapters[0].text} → {@code chapterText}). */
  static String fieldOf(String problemKey) {
    return switch (problemKey) {
      case "chapters[0].title" -> "chapterTitle";
      case "series" -> "seriesTitle";
      default -> problemKey.startsWith("chapters[") ? "chapterText" : problemKey;
    };
  }

  private CommentPermission permission() {
    return Arrays.stream(CommentPermission.values())
        .filter(p -> p.name().equalsIgnoreCase(commentPermission == null ? "" : commentPermission.strip()))
        .findFirst().orElse(CommentPermission.REGISTERED);
  }

  private static List<String> split(String tags) {
    return blank(tags) ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  private static String commas(List<String> tags) {
    return tags.stream().collect(Collectors.joining(", "));
  }

  private static Integer number(String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
