package dev.quire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Prose wrapped by an editor, as Project Gutenberg texts are, stays prose. */
class HardWrappedProseTest {

  @Test
  void proseWrappedAtSeventyWithTwoSpacesAfterFullStopsIsOneParagraph() throws UnreadableFileException {
    String text = """
        The lighthouse stood at the end of the long grey spit of land.  A broad
        path led up to its door, which was painted green and decorated with a
        brass ring.  In it lived the keeper and his daughter.  Behind the house
        was a small garden where cabbages grew in the salt wind, and beyond that
        the sea.  Nobody knew what lay past the horizon.  Some said there was
        nothing at all.
        """;

    Document body = read(text);

    assertThat(body.select("blockquote.verse")).isEmpty();
    assertThat(body.select("p")).hasSize(1);
    assertThat(body.select("p").text()).startsWith("The lighthouse stood").endsWith("nothing at all.");
  }

  @Test
  void aShortLyricInOneParagraphStaysVerse() throws UnreadableFileException {
    Document body = read("Some prose before the song, long enough to be prose.\n\n"
        + "Over the hills and far away,\nthe wind is singing all the day,\nand so are we\n");

    assertThat(body.select("blockquote.verse br")).hasSize(2);
  }

  private static Document read(String text) throws UnreadableFileException {
    StoryDocument story = new PlainTextFormat().read(text.getBytes(StandardCharsets.UTF_8), "story.txt");
    return Jsoup.parseBodyFragment(story.chapters().getFirst().bodyHtml());
  }
}
