package dev.quire.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated work, as both engines are given it.
 *
 * @param number 0-based position in the archive; also names the file
 * @param fandoms, characters, relationships, freeforms the tags by kind, AO3's names
 * @param language the language as AO3 names it, e.g. {@code English}
 * @param updated the last update, or {@code null} for a work posted once
 * @param chaptersPosted how many chapters the work has
 * @param chaptersExpected the planned chapter count, {@code null} for AO3's {@code ?}
 * @param words the stated length; the chapters' text holds about as many words, or none when
 *     the archive is metadata-only
 * @param chapters each chapter's paragraphs, as plain text; empty when the archive is
 *     metadata-only
 */
record WorkSpec(
    int number,
    String title,
    String creator,
    String summary,
    String rating,
    List<String> warnings,
    List<String> categories,
    List<String> fandoms,
    List<String> relationships,
    List<String> characters,
    List<String> freeforms,
    String language,
    LocalDate published,
    LocalDate updated,
    int chaptersPosted,
    Integer chaptersExpected,
    int words,
    int kudos,
    int hits,
    int bookmarks,
    int comments,
    List<List<String>> chapters) {

  /** Every tag as {@code kind:name}, the keys both engines filter on. */
  List<String> tagKeys() {
    List<String> keys = new java.util.ArrayList<>();
    keys.add("rating:" + rating);
    warnings.forEach(t -> keys.add("warning:" + t));
    categories.forEach(t -> keys.add("category:" + t));
    fandoms.forEach(t -> keys.add("fandom:" + t));
    relationships.forEach(t -> keys.add("relationship:" + t));
    characters.forEach(t -> keys.add("character:" + t));
    freeforms.forEach(t -> keys.add("freeform:" + t));
    return keys.stream().distinct().toList();
  }

  /** The chapters' text joined, for the full-text twin. */
  String text() {
    StringBuilder text = new StringBuilder();
    chapters.forEach(chapter -> chapter.forEach(p -> text.append(p).append('\n')));
    return text.toString();
  }
}
