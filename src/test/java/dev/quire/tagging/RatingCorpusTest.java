package dev.quire.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.ingest.format.StoryFormat;
import dev.quire.ingest.format.StoryFormats;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rating rule on the real works of {@code ../shared/corpus}, read in place (they may not be
 * copied here) with their authors' tags hidden; skipped when the folder is not there.
 */
class RatingCorpusTest {

  private static final Path CORPUS =
      Path.of(System.getProperty("quire.shared", "../shared"), "corpus");

  private final RatingRule rule = new RatingRule();

  @Test
  void noMatureOrExplicitWorkIsSuggestedBelowMature() throws IOException {
    int adultWorks = 0;
    for (Path file : files()) {
      Optional<StoryDocument> story = read(file);
      String author = story.flatMap(RatingCorpusTest::authorRating).orElse("");
      if (!author.equals(Rating.MATURE.tagName()) && !author.equals(Rating.EXPLICIT.tagName())) {
        continue;
      }
      adultWorks++;
      List<String> suggested = suggestedRatings(story.get());

      assertThat(suggested).as("%s, rated %s by its author", file.getFileName(), author)
          .allMatch(name -> name.equals(Rating.MATURE.tagName())
              || name.equals(Rating.EXPLICIT.tagName()));
    }
    assertThat(adultWorks).isGreaterThanOrEqualTo(8);
  }

  @Test
  void theFrenchPlainTextGetsNoRating() throws IOException {
    Path french = CORPUS.resolve("plaintext/683_jainas_kiba.txt");
    assumeTrue(Files.isRegularFile(french), "the shared corpus file " + french + " is not here");

    assertThat(suggestedRatings(read(french).orElseThrow())).isEmpty();
  }

  private List<String> suggestedRatings(StoryDocument story) {
    StoryDocument untagged = story.toBuilder().tags(List.of()).build();
    return rule.suggest(new StoryReading(untagged, Vocabulary.empty())).stream()
        .map(Suggestion::name).toList();
  }

  private static Optional<String> authorRating(StoryDocument story) {
    return story.tags().stream().filter(t -> t.kind() == TagKind.RATING)
        .map(AuthorTag::name).findFirst();
  }

  private static List<Path> files() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "the shared corpus " + CORPUS + " is not here");
    try (Stream<Path> files = Files.walk(CORPUS)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static Optional<StoryDocument> read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      Optional<StoryFormat> format = StoryFormats.detect(bytes, name);
      return format.isEmpty() ? Optional.empty() : Optional.of(format.get().read(bytes, name));
    } catch (Exception unreadable) {
      return Optional.empty();
    }
  }
}
