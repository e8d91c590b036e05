package dev.quire.ingest.format;

import static dev.quire.ingest.format.Fixtures.read;
import static dev.quire.ingest.format.Fixtures.resource;
import static dev.quire.ingest.format.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.story.StoryDocument;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlPageFormatTest {

  private final HtmlPageFormat format = new HtmlPageFormat();
  private final StoryDocument story = read(format, resource("old-archive-page.html"), "orchard.html");

  @Test
  void isTheFormatAnOldArchivesPageIsReadAs() {
    assertThat(StoryFormats.detect(resource("old-archive-page.html"), "orchard.html"))
        .get().extracting(StoryFormat::name).isEqualTo("html-page");
  }

  @Test
  void takesTheTitleFromThePageAndTheBylineItStates() {
    assertThat(story.title()).isEqualTo("The Orchard Gate");
    assertThat(story.creators()).containsExactly("Marigold Vane");
  }

  @Test
  void makesTheParagraphsTheChapterWithoutTheTitleBylineOrScripts() {
    String chapter = story.chapters().getFirst().bodyHtml();
    assertThat(story.chapters()).hasSize(1);
    assertThat(text(chapter)).startsWith("The gate at the bottom of the orchard")
        .contains("a lane neither of them remembered")
        .doesNotContain("Marigold Vane")
        .doesNotContain("counter");
    assertThat(chapter).doesNotContain("<script");
  }

  @Test
  void takesTheFirstHeadingAsTheTitleAndLeavesItOutOfTheText() {
    byte[] page = ("<html><head><title>Stories by Wren</title></head><body><h1>Low Tide</h1>"
        + "<p>Author: Wren Calloway</p><p>The water went out further than anyone had seen it go,"
        + " and the whole village walked out after it.</p></body></html>")
        .getBytes(StandardCharsets.UTF_8);

    StoryDocument read = read(format, page, "tide.html");

    assertThat(read.title()).isEqualTo("Low Tide");
    assertThat(read.creators()).containsExactly("Wren Calloway");
    assertThat(text(read.chapters().getFirst().bodyHtml())).startsWith("The water went out");
  }

  @Test
  void leavesPagesWithoutParagraphsToOthers() {
    byte[] page = "<html><body><div><div>deep</div></div></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThat(format.accepts(page, "page.html")).isFalse();
  }
}
