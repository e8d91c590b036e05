package dev.quire.tagging;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.ingest.format.StoryFormat;
import dev.quire.ingest.format.StoryFormats;
import dev.quire.story.StoryDocument;
import dev.quire.tag.TagKind;
import dev.quire.tagging.RatingTerms.Category;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints the rating features of every file below the given folders (default: the shared corpus's
 * AO3 folders) beside the author's rating, to choose {@link RatingRule}'s thresholds by, with the
 * word at which each work's first explicit or sensual term comes and, for the Mature and Explicit
 * works, the length by which 95 % of them have shown one: below it, their absence says nothing
 * ({@link RatingRule#ABSENCE_WORDS}). Run its main with the test classpath; not a test.
 */
final class RatingFeatureSurvey {

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(System.getProperty("quire.shared", "../shared"), "corpus");
    List<Path> roots = args.length > 0
        ? Stream.of(args).map(Path::of).toList()
        : Stream.of("ao3-html", "ao3-ebooks", "ao3-pages").map(corpus::resolve).toList();
    RatingTerms terms = RatingTerms.load();
    System.out.printf("%-24s %-40s %7s %6s %6s %6s %6s %7s %4s  %s%n", "author rating", "file",
        "words", "expl", "sens", "viol", "prof", "1st e/s", "lang", "suggested");
    List<Integer> firstAdultTerms = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          read(file).ifPresent(story -> print(root, file, story, terms, firstAdultTerms));
        }
      }
    }
    // How far into a Mature or Explicit work its first explicit or sensual term comes: the
    // absence of such terms says nothing about a text shorter than most of these.
    List<Integer> sorted = firstAdultTerms.stream().sorted().toList();
    System.out.printf("%nMature or Explicit works: %d; first explicit or sensual term at word %s%n",
        sorted.size(), sorted);
    if (!sorted.isEmpty()) {
      int index = (int) Math.ceil(0.95 * sorted.size()) - 1;
      System.out.printf("95 %% of them have shown one by word %d%n", sorted.get(index));
    }
  }

  /**
   * The 1-based position of the first explicit or sensual term in {@code text}, or {@link
   * Integer#MAX_VALUE} when it has none.
   */
  static int firstAdultTerm(StoryText text, RatingTerms terms) {
    int position = 0;
    for (String paragraph : text.paragraphs()) {
      for (String word : TextWords.of(paragraph, Integer.MAX_VALUE)) {
        position++;
        Optional<Category> category = terms.categoryOf(word);
        if (category.isPresent()
            && (category.get() == Category.EXPLICIT || category.get() == Category.SENSUAL)) {
          return position;
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  private static void print(Path root, Path file, StoryDocument story, RatingTerms terms,
      List<Integer> firstAdultTerms) {
    StoryText text = StoryText.of(story);
    RatingFeatures features = RatingFeatures.measure(text, terms);
    String rating = story.tags().stream().filter(t -> t.kind() == TagKind.RATING)
        .map(StoryDocument.AuthorTag::name).findFirst().orElse("-");
    int first = firstAdultTerm(text, terms);
    if (rating.equals("Mature") || rating.equals("Explicit")) {
      firstAdultTerms.add(first);
    }
    String language = LANGUAGES.detect(String.join("\n", text.paragraphs())).orElse("?");
    System.out.printf("%-24s %-40s %7d %6.2f %6.2f %6.2f %6.2f %7s %4s  %s%n", rating,
        root.getFileName() + "/" + root.relativize(file), features.words(),
        features.perThousand(Category.EXPLICIT),
        features.perThousand(Category.SENSUAL), features.perThousand(Category.VIOLENCE),
        features.perThousand(Category.PROFANITY),
        first == Integer.MAX_VALUE ? "-" : String.valueOf(first), language,
        RatingRule.classify(features).tagName());
  }

  private static final LanguageDetector LANGUAGES = new LanguageDetector();

  private static Optional<StoryDocument> read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    Optional<StoryFormat> format = StoryFormats.detect(bytes, name);
    if (format.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(format.get().read(bytes, name));
    } catch (UnreadableFileException e) {
      return Optional.empty();
    }
  }
}
