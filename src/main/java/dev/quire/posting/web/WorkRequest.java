package dev.quire.posting.web;

import dev.quire.posting.ChapterText;
import dev.quire.posting.NewWork;
import dev.quire.posting.PostingRefusedException;
import dev.quire.posting.SeriesChoice;
import dev.quire.posting.WorkFields;
import dev.quire.work.CommentPermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A work as the posting API's JSON names it, read into the posting's values. Reads by hand rather
 * than by binding, so that every field of the wrong type, and every field Quire does not know, is
 * named in the answer ({@code "fandoms" → "Give a list of names."}) rather than ignored or
 * answered with the parser's words. A request whose fields are all of the right type goes on to
 * the posting rules, which say what else is wrong. Not thread-safe; one per request.
 */
final class WorkRequest {

  /** The fields of a work, as {@code POST /api/v1/works} and {@code PATCH} take them. */
  static final Set<String> FIELDS = Set.of("title", "pseuds", "rating", "warnings", "categories",
      "fandoms", "relationships", "characters", "freeforms", "summary", "notes", "endNotes", "language",
      "series", "chaptersExpected", "restricted", "commentPermission", "draft", "chapters");

  private static final Set<String> CHAPTER_FIELDS = Set.of("title", "summary", "notes", "endNotes", "html", "text");
  private static final Set<String> SERIES_FIELDS = Set.of("title", "position");

  private final JsonNode body;
  private final Map<String, String> problems = new LinkedHashMap<>();

  private WorkRequest(JsonNode body) {
    this.body = body;
  }

  /** The work {@code body} describes, to post. */
  static NewWork toPost(JsonNode body) {
    WorkRequest request = new WorkRequest(body).known();
    WorkFields.Builder fields = request.fields(WorkFields.builder());
    List<ChapterText> chapters = request.chapters();
    boolean draft = request.flag("draft", false);
    request.refuseIfAny();
    return new NewWork(fields.build(), chapters, draft);
  }

  /** The changes {@code body} asks of a work: the fields it names on top of {@code current}. */
  static Patch toPatch(JsonNode body, WorkFields current) {
    WorkRequest request = new WorkRequest(body).known();
    WorkFields fields = request.fields(current.toBuilder()).build();
    List<ChapterText> chapters = body.has("chapters") ? request.chapters() : List.of();
    boolean post = body.has("draft") && !request.flag("draft", false);
    if (body.has("draft") && request.flag("draft", false)) {
      request.problems.put("draft", "A work is a draft only until it is posted: send \"draft\": false to post"
          + " a draft, or delete the work.");
    }
    request.refuseIfAny();
    return new Patch(fields, chapters, post);
  }

  /** One chapter to add, as {@code POST /api/v1/works/{id}/chapters} takes it. */
  static ChapterText toChapter(JsonNode body) {
    WorkRequest request = new WorkRequest(body);
    if (!body.isObject()) {
      request.problems.put("chapter", "Send the chapter as a JSON object with \"title\" and \"html\" or \"text\".");
      request.refuseIfAny();
    }
    ChapterText chapter = request.chapter(body, "");
    request.refuseIfAny();
    return chapter;
  }

  /**
   * What a {@code PATCH} changes.
   *
   * @param fields the work's fields after the change (those it did not name as they were)
   * @param chapters new texts for the chapters from the first on, in order; more than the work has
   *     are added after its last
   * @param post whether a draft is to be posted now
   */
  record Patch(WorkFields fields, List<ChapterText> chapters, boolean post) {}

  /** Refuses a body that is not an object, and names each field Quire does not know. */
  private WorkRequest known() {
    if (!body.isObject()) {
      problems.put("work", "Send the work as a JSON object, such as {\"title\": \"...\", ...}.");
      refuseIfAny();
    }
    for (String name : body.propertyNames()) {
      if (!FIELDS.contains(name)) {
        problems.put(name, "Quire does not know this field; a work's fields are "
            + String.join(", ", FIELDS.stream().sorted().toList()) + ".");
      }
    }
    return this;
  }

  private WorkFields.Builder fields(WorkFields.Builder fields) {
    text("title", fields::title);
    names("pseuds", fields::pseuds);
    text("rating", fields::rating);
    names("warnings", fields::warnings);
    names("categories", fields::categories);
    names("fandoms", fields::fandoms);
    names("relationships", fields::relationships);
    names("characters", fields::characters);
    names("freeforms", fields::freeforms);
    text("summary", fields::summary);
    text("notes", fields::notes);
    text("endNotes", fields::endNotes);
    text("language", fields::language);
    series(fields);
    chaptersExpected(fields);
    if (body.has("restricted")) {
      fields.restricted(flag("restricted", false));
    }
    commentPermission(fields);
    return fields;
  }

  private void text(String name, Consumer<String> into) {
    JsonNode value = body.get(name);
    if (value == null) {
      return;
    }
    if (value.isNull() || value.isString()) {
      into.accept(value.isNull() ? null : value.stringValue());
    } else {
      problems.put(name, "Give " + name + " as a string.");
    }
  }

  private void names(String name, Consumer<List<String>> into) {
    JsonNode value = body.get(name);
    if (value == null) {
      return;
    }
    if (value.isNull()) {
      into.accept(List.of());
    } else if (value.isArray() && value.values().stream().allMatch(JsonNode::isString)) {
      into.accept(value.values().stream().map(JsonNode::stringValue).toList());
    } else {
      problems.put(name, "Give " + name + " as a list of names, such as [\"one\", \"two\"].");
    }
  }

  private boolean flag(String name, boolean otherwise) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return otherwise;
    }
    if (!value.isBoolean()) {
      problems.put(name, "Give " + name + " as true or false.");
      return otherwise;
    }
    return value.booleanValue();
  }

  private void series(WorkFields.Builder fields) {
    JsonNode value = body.get("series");
    if (value == null) {
      return;
    }
    if (value.isNull()) {
      fields.series(null);
      return;
    }
    JsonNode title = value.get("title");
    JsonNode position = value.get("position");
    boolean shaped = value.isObject() && SERIES_FIELDS.containsAll(value.propertyNames())
        && title != null && title.isString()
        && (position == null || position.isNull() || position.isIntegralNumber() && position.canConvertToInt());
    if (!shaped) {
      problems.put("series", "Give series as {\"title\": \"...\", \"position\": 2}; the position may be left out.");
      return;
    }
    fields.series(new SeriesChoice(title.stringValue(),
        position == null || position.isNull() ? null : position.intValue()));
  }

  private void chaptersExpected(WorkFields.Builder fields) {
    JsonNode value = body.get("chaptersExpected");
    if (value == null) {
      return;
    }
    if (value.isNull()) {
      fields.chaptersExpected(null);
    } else if (value.isIntegralNumber() && value.canConvertToInt()) {
      fields.chaptersExpected(value.intValue());
    } else {
      problems.put("chaptersExpected", "Give chaptersExpected as a whole number, or null when it is not known.");
    }
  }

  private void commentPermission(WorkFields.Builder fields) {
    JsonNode value = body.get("commentPermission");
    if (value == null) {
      return;
    }
    String choices = String.join(", ", Arrays.stream(CommentPermission.values())
        .map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
    if (!value.isString()) {
      problems.put("commentPermission", "Give commentPermission as one of " + choices + ".");
      return;
    }
    try {
      fields.commentPermission(CommentPermission.valueOf(value.stringValue().strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      problems.put("commentPermission", "Give commentPermission as one of " + choices + ".");
    }
  }

  private List<ChapterText> chapters() {
    JsonNode value = body.get("chapters");
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      problems.put("chapters", "Give chapters as a list, such as [{\"title\": \"One\", \"html\": \"<p>...</p>\"}].");
      return List.of();
    }
    List<ChapterText> chapters = new ArrayList<>();
    int i = 0;
    for (JsonNode chapter : value.values()) {
      String prefix = "chapters[" + i++ + "].";
      if (!chapter.isObject()) {
        problems.put(prefix.substring(0, prefix.length() - 1),
            "Give each chapter as an object with \"title\" and \"html\" or \"text\".");
        continue;
      }
      chapters.add(chapter(chapter, prefix));
    }
    return chapters;
  }

  /** A chapter; its problems are named with {@code prefix} ({@code chapters[1].}, or none). */
  private ChapterText chapter(JsonNode chapter, String prefix) {
    for (String name : chapter.propertyNames()) {
      if (!CHAPTER_FIELDS.contains(name)) {
        problems.put(prefix + name, "Quire does not know this field; a chapter's fields are "
            + String.join(", ", CHAPTER_FIELDS.stream().sorted().toList()) + ".");
      }
    }
    boolean html = chapter.has("html");
    if (html == chapter.has("text")) {
      problems.put(prefix + "text", "Give the chapter's text as \"html\" or as \"text\" (plain text): one of the two.");
    }
    String[] values = new String[5];
    List<String> names = List.of("title", "summary", "notes", "endNotes", html ? "html" : "text");
    for (int j = 0; j < names.size(); j++) {
      JsonNode value = chapter.get(names.get(j));
      if (value != null && !value.isNull() && !value.isString()) {
        problems.put(prefix + names.get(j), "Give " + names.get(j) + " as a string.");
      } else if (value != null && value.isString()) {
        values[j] = value.stringValue();
      }
    }
    return new ChapterText(values[0], values[1], values[2], values[3], values[4],
        html ? ChapterText.Markup.HTML : ChapterText.Markup.PLAIN);
  }

  private void refuseIfAny() {
    if (!problems.isEmpty()) {
      throw new PostingRefusedException(problems);
    }
  }
}
