package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import org.junit.jupiter.api.Test;

class GuessedTitleTest {

  private static StoryDocument story(String heading, String body) {
    return StoryDocument.builder().chapter(new StoryChapter(heading, null, null, body)).build();
  }

  @Test
  void namesTheStoryAfterItsFirstNamedChapterHeading() {
    assertThat(GuessedTitle.of(story("Chapter 1: The Salt Road", "<p>\"Come along,\" she said.</p>")))
        .contains("The Salt Road");
  }

  @Test
  void passesOverABareHeadingAndVerseForTheFirstLineOfDialogue() {
    StoryDocument story = story("Part 2",
        "<blockquote class=\"verse\"><p>\"Sing me the old song,<br>the one about the sea\"</p></blockquote>"
            + "<p>The kettle was on.</p><p>\"Are you staying for supper?\" Tom asked.</p>");

    assertThat(GuessedTitle.of(story)).contains("Are you staying for supper?");
  }

  @Test
  void takesTheFirstSentenceOfProseCutToAFewWords() {
    StoryDocument story = story(null,
        "<p>The lighthouse had stood on the point for a hundred years before anyone painted it. Then it was red.</p>");

    assertThat(GuessedTitle.of(story)).contains("The lighthouse had stood on the point for…");
  }

  @Test
  void guessesNothingFromASingleWord() {
    assertThat(GuessedTitle.of(story(null, "<p>Rain.</p>"))).isEmpty();
  }
}
