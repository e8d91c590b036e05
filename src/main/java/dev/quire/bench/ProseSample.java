package dev.quire.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Paragraphs of English prose to fill chapters with: a seeded sample of the paragraphs of Project
 * Gutenberg books (their licence header and footer left out), or neutral generated sentences when
 * no books are at hand. Immutable and thread-safe.
 */
final class ProseSample {

  /** The share of a book's paragraphs kept: enough variety, a bounded heap. */
  private static final double KEPT = 0.12;
  private static final int MIN_WORDS = 25;
  private static final int MAX_WORDS = 350;
  private static final String[] BUILT_IN_WORDS = (
      "the a an and but then morning evening river garden window letter house road field "
      + "walked waited spoke answered looked turned remembered wondered carried opened closed "
      + "quiet bright cold warm small large old new early late long short green grey blue "
      + "friend sister brother neighbour teacher traveller stranger village city harbour market "
      + "slowly softly again together alone before after across under over through beside "
      + "book lamp table chair door stair bridge hill forest stone path cloud rain snow light "
      + "question answer story journey promise secret plan idea reason moment hour season year")
      .split(" ");

  private final List<String> paragraphs;
  private final int[] words;
  private final boolean builtIn;

  private ProseSample(List<String> paragraphs, boolean builtIn) {
    this.paragraphs = List.copyOf(paragraphs);
    this.words = paragraphs.stream().mapToInt(ProseSample::countWords).toArray();
    this.builtIn = builtIn;
  }

  /**
   * Paragraphs sampled with {@code seed} from the books below {@code gutenberg}, or the built-in
   * sample when that folder is absent or holds no book.
   */
  static ProseSample load(Path gutenberg, long seed) throws IOException {
    if (gutenberg == null || !Files.isDirectory(gutenberg)) {
      return builtIn(seed);
    }
    List<Path> books;
    try (Stream<Path> files = Files.walk(gutenberg)) {
      books = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String> kept = new ArrayList<>();
    for (Path book : books) {
      for (String paragraph : paragraphs(Files.readString(book, StandardCharsets.UTF_8))) {
        if (random.nextDouble() < KEPT) {
          kept.add(paragraph);
        }
      }
    }
    return kept.isEmpty() ? builtIn(seed) : new ProseSample(kept, false);
  }

  /** Neutral generated sentences, for when no books are at hand (tests, a bare checkout). */
  static ProseSample builtIn(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> generated = new ArrayList<>();
    for (int p = 0; p < 400; p++) {
      StringBuilder paragraph = new StringBuilder();
      int sentences = 2 + random.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        int length = 6 + random.nextInt(12);
        for (int w = 0; w < length; w++) {
          String word = BUILT_IN_WORDS[random.nextInt(BUILT_IN_WORDS.length)];
          paragraph.append(w == 0 ? capitalized(word) : " " + word);
        }
        paragraph.append(s + 1 < sentences ? ". " : ".");
      }
      generated.add(paragraph.toString());
    }
    return new ProseSample(generated, true);
  }

  boolean isBuiltIn() {
    return builtIn;
  }

  int size() {
    return paragraphs.size();
  }

  String paragraph(int index) {
    return paragraphs.get(index);
  }

  int words(int index) {
    return words[index];
  }

  int drawIndex(RandomGenerator random) {
    return random.nextInt(paragraphs.size());
  }

  /** The body of a book between Gutenberg's start and end markers, as unwrapped paragraphs. */
  static List<String> paragraphs(String book) {
    int start = book.indexOf("*** START OF");
    int end = book.indexOf("*** END OF");
    String body = book.substring(
        start < 0 ? 0 : book.indexOf('\n', start) + 1, end < 0 ? book.length() : end);
    List<String> found = new ArrayList<>();
    for (String block : body.split("\\r?\\n\\s*\\r?\\n")) {
      String paragraph = block.strip().replaceAll("\\s+", " ");
      int count = countWords(paragraph);
      if (count >= MIN_WORDS && count <= MAX_WORDS && !paragraph.contains("Gutenberg")
          && !paragraph.equals(paragraph.toUpperCase(java.util.Locale.ROOT))) {
        found.add(paragraph);
      }
    }
    return found;
  }

  static int countWords(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
