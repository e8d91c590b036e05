package dev.quire.ingest;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A title for a story whose file states none, as a reader would name it from its first page: the
 * name of its first named chapter heading ("Chapter 1: The Storm" gives "The Storm"; a bare "Part
 * 2" names nothing), else its first line of dialogue, else the first sentence of its prose, cut
 * to a few words. Verse (a song's epigraph) is passed over. Pure and thread-safe.
 */
final class GuessedTitle {

  private static final int MAX_WORDS = 8;
  private static final int MIN_WORDS = 2;
  private static final Pattern LABEL =
      Pattern.compile("^(?:chapter|part|ch\\.)\\s*\\S+\\s*[:.\\-–—]\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPEECH = Pattern.compile("[\"“]([^\"“”]{3,200})[\"”]");
  private static final Pattern SENTENCE = Pattern.compile("^(.+?[.!?…])(?:\\s|$)");

  private GuessedTitle() {}

  static Optional<String> of(StoryDocument story) {
    for (StoryChapter chapter : story.chapters()) {
      if (chapter.title() != null) {
        String name = LABEL.matcher(chapter.title().strip()).replaceFirst("");
        if (!name.equals(chapter.title().strip()) && !name.isBlank()) {
          return Optional.of(name.strip());
        }
      }
    }
    List<String> prose = prose(story);
    return firstSpeech(prose).or(() -> firstSentence(prose));
  }

  private static Optional<String> firstSpeech(List<String> prose) {
    for (String paragraph : prose) {
      Matcher speech = SPEECH.matcher(paragraph);
      while (speech.find()) {
        Optional<String> words = shortened(speech.group(1));
        if (words.isPresent()) {
          return words;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> firstSentence(List<String> prose) {
    for (String paragraph : prose) {
      Matcher sentence = SENTENCE.matcher(paragraph);
      Optional<String> words = shortened(sentence.find() ? sentence.group(1) : paragraph);
      if (words.isPresent()) {
        return words;
      }
    }
    return Optional.empty();
  }

  /** The story's prose paragraphs in order, without verse; the first chapters are enough. */
  private static List<String> prose(StoryDocument story) {
    return story.chapters().stream().limit(2)
        .flatMap(chapter -> Jsoup.parseBodyFragment(chapter.bodyHtml()).select("p").stream())
        .filter(p -> p.closest("blockquote") == null)
        .map(Element::text)
        .filter(text -> !text.isBlank())
        .toList();
  }

  /** The text's first words, an ellipsis marking a cut; empty when it is too short to name. */
  private static Optional<String> shortened(String text) {
    String[] words = text.strip().replaceAll("[\\s,;:—–-]+$", "").split("\\s+");
    if (words.length < MIN_WORDS) {
      return Optional.empty();
    }
    if (words.length <= MAX_WORDS) {
      return Optional.of(String.join(" ", words));
    }
    String cut = String.join(" ", Arrays.copyOf(words, MAX_WORDS)).replaceAll("[\\s,;:.…—–-]+$", "");
    return Optional.of(cut + "…");
  }
}
