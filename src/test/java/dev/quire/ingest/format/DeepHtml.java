package dev.quire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Pages nested absurdly deep, which a parser must survive without running out of stack. */
final class DeepHtml {

  static final int DEPTH = 100_000;
  // Generous for a slow build machine; parsing takes a second or two.
  private static final Duration QUICKLY = Duration.ofSeconds(30);

  private DeepHtml() {}

  /** {@code before}, {@value #DEPTH} nested {@code <div>}s around a paragraph, {@code after}. */
  static byte[] nested(String before, String after) {
    StringBuilder html = new StringBuilder(before);
    html.append("<div>".repeat(DEPTH)).append("<p>Deep down there is one sentence.</p>");
    html.append("</div>".repeat(DEPTH)).append(after);
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Asserts that {@code format} reads {@code page} or refuses it with a reason, and quickly. */
  static void readsOrRefusesQuickly(StoryFormat format, byte[] page, String fileName) {
    assertTimeoutPreemptively(QUICKLY, () -> {
      try {
        StoryDocument story = format.read(page, fileName);
        assertThat(story.chapters()).isNotEmpty();
      } catch (UnreadableFileException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    });
  }
}
