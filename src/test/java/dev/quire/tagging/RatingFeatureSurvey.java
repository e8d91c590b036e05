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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints the rating features of every file below the given folders (default: the shared corpus's
 * AO3 folders) beside the author's rating, to choose {@link RatingRule}'s thresholds by. Run its
 * main with the test classpath; not a test.
 */
final class RatingFeatureSurvey {

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(System.getProperty("quire.shared", "../shared"), "corpus");
    List<Path> roots = args.length > 0
        ? Stream.of(args).map(Path::of).toList()
        : Stream.of("ao3-html", "ao3-ebooks", "ao3-pages").map(corpus::resolve).toList();
    RatingTerms terms = RatingTerms.load();
    System.out.printf("%-24s %-40s %7s %6s %6s %6s %6s  %s%n",
        "author rating", "file", "words", "expl", "sens", "viol", "prof", "suggested");
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          read(file).ifPresent(story -> print(root, file, story, terms));
        }
      }
    }
  }

  private static void print(Path root, Path file, StoryDocument story, RatingTerms terms) {
    RatingFeatures features = RatingFeatures.measure(StoryText.of(story), terms);
    String rating = story.tags().stream().filter(t -> t.kind() == TagKind.RATING)
        .map(StoryDocument.AuthorTag::name).findFirst().orElse("-");
    System.out.printf("%-24s %-40s %7d %6.2f %6.2f %6.2f %6.2f  %s%n", rating,
        root.getFileName() + "/" + root.relativize(file), features.words(),
        features.perThousand(Category.EXPLICIT),
        features.perThousand(Category.SENSUAL), features.perThousand(Category.VIOLENCE),
        features.perThousand(Category.PROFANITY), RatingRule.classify(features).tagName());
  }

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
