package dev.quire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.tag.TagKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;

/** The synthetic files under {@code src/test/resources/formats}, and reading what formats make. */
final class Fixtures {

  private Fixtures() {}

  /** The bytes of {@code formats/<name>}. */
  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/formats/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text an HTML fragment shows; the fragment must be there. */
  static String text(String html) {
    assertThat(html).isNotNull();
    return Jsoup.parseBodyFragment(html).body().text();
  }

  /** The story {@code format} reads from {@code bytes}, which must be readable. */
  static StoryDocument read(StoryFormat format, byte[] bytes, String fileName) {
    try {
      return format.read(bytes, fileName);
    } catch (UnreadableFileException e) {
      throw new AssertionError(fileName + " is unreadable: " + e.getMessage(), e);
    }
  }

  /** The names of the story's tags of {@code kind}, in order. */
  static List<String> tagNames(StoryDocument story, TagKind kind) {
    return story.tags().stream().filter(t -> t.kind() == kind).map(AuthorTag::name).toList();
  }
}
