package dev.quire.posting.web;

import dev.quire.posting.ChapterText;
import java.util.Map;

/** A chapter's form as it is sent; field names are the posting rules' for a chapter. */
record ChapterForm(String title, String summary, String notes, String endNotes, String text, String markup) {

  static ChapterForm empty() {
    return new ChapterForm(null, null, null, null, null, "HTML");
  }

  static ChapterForm of(ChapterText chapter) {
    return new ChapterForm(chapter.title(), chapter.summary(), chapter.notes(), chapter.endNotes(), chapter.text(),
        chapter.markup().name());
  }

  ChapterText chapter() {
    return new ChapterText(title, summary, notes, endNotes, text,
        "PLAIN".equalsIgnoreCase(markup) ? ChapterText.Markup.PLAIN : ChapterText.Markup.HTML);
  }

  /** Problems keyed by the form's own field ids ({@code chapter-text}...). */
  static Map<String, String> byField(Map<String, String> problems) {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    problems.forEach((key, problem) -> fields.put("chapter-" + key, problem));
    return fields;
  }
}
