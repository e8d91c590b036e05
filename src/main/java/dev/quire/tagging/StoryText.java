package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A story's prose as plain-text paragraphs, chapter after chapter; notes are left out. */
record StoryText(List<String> paragraphs) {
  StoryText {
    paragraphs = List.copyOf(paragraphs);
  }

  static StoryText of(StoryDocument story) {
    List<String> paragraphs = new ArrayList<>();
    story.chapters().forEach(chapter -> addParagraphs(chapter, paragraphs));
    return new StoryText(paragraphs);
  }

  /**
   * The story's opening: whole chapters, in order, until their text holds {@code words} words
   * (or the story ends). Enough for a sample without parsing a whole book.
   */
  static StoryText opening(StoryDocument story, int words) {
    List<String> paragraphs = new ArrayList<>();
    int counted = 0;
    for (StoryChapter chapter : story.chapters()) {
      int from = paragraphs.size();
      addParagraphs(chapter, paragraphs);
      // Words never span paragraphs: the chapter's own words add to those before it.
      counted += TextWords.of(paragraphs.subList(from, paragraphs.size()), words - counted).size();
      if (counted >= words) {
        break;
      }
    }
    return new StoryText(paragraphs);
  }

  private static void addParagraphs(StoryChapter chapter, List<String> paragraphs) {
    Element body = Jsoup.parseBodyFragment(chapter.bodyHtml()).body();
    List<String> texts = body.select("p").stream().map(Element::text).toList();
    for (String text : texts.isEmpty() ? List.of(body.text()) : texts) {
      if (!text.isBlank()) {
        paragraphs.add(text.strip());
      }
    }
  }

  /** A short quote of paragraph {@code index} around {@code needle}, for evidence. */
  String quote(int index, String needle) {
    String text = paragraphs.get(index);
    int at = Math.max(0, text.indexOf(needle));
    int start = Math.max(0, at - 50);
    int end = Math.min(text.length(), at + needle.length() + 70);
    return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
  }
}
