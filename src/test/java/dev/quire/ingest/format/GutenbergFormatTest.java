package dev.quire.ingest.format;

import static dev.quire.ingest.format.Fixtures.read;
import static dev.quire.ingest.format.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GutenbergFormatTest {

  private static final String BOOK = """
      The Project Gutenberg EBook of The Lamplighter's Year, by Agnes Thorne

      This eBook is for the use of anyone anywhere at no cost and with
      almost no restrictions whatsoever.

      Title: The Lamplighter's Year
             Being an Account of Twelve Months

      Author: Agnes Thorne

      Release Date: March 3, 2009 [EBook #99999]

      Language: English

      *** START OF THIS PROJECT GUTENBERG EBOOK THE LAMPLIGHTER'S YEAR ***




      Produced by A. Volunteer and the Online Distributed
      Proofreading Team




      THE LAMPLIGHTER'S YEAR

      BY AGNES THORNE

      LONDON: 1901

      frontispiece.jpg (120K)

      Full Size


      CONTENTS

      CHAPTER I. THE FIRST LAMP

      CHAPTER II. THE LONG STREET

      CHAPTER III. SNOW


      CHAPTER I.

      THE FIRST LAMP

      The lamplighter began his round at dusk, when the street was still busy
      with carts and the baker had not yet shut his door.

      He carried a long pole and a little ladder, and he whistled as he went.


      CHAPTER II.

      THE LONG STREET

      The long street had forty lamps, and he knew every one of them by the
      sound its little door made when he opened it.


      CHAPTER III.

      SNOW

      In the winter the snow came early, and the lamps wore white caps.


      End of the Project Gutenberg EBook of The Lamplighter's Year, by Agnes Thorne

      *** END OF THIS PROJECT GUTENBERG EBOOK THE LAMPLIGHTER'S YEAR ***

      Section 1. General Terms of Use and Redistributing Project Gutenberg-tm
      electronic works
      """;

  private final GutenbergFormat format = new GutenbergFormat();
  private final StoryDocument story = read(format, BOOK.getBytes(StandardCharsets.UTF_8), "99999.txt");

  @Test
  void isTheFormatABookWithGutenbergsOwnHeaderIsReadAs() {
    assertThat(StoryFormats.detect(BOOK.getBytes(StandardCharsets.UTF_8), "99999.txt"))
        .get().extracting(StoryFormat::name).isEqualTo("gutenberg");
  }

  @Test
  void readsTitleAuthorAndLanguageFromTheHeader() {
    assertThat(story.title()).isEqualTo("The Lamplighter's Year Being an Account of Twelve Months");
    assertThat(story.creators()).containsExactly("Agnes Thorne");
    assertThat(story.language()).isEqualTo("en");
  }

  @Test
  void makesTheChaptersInOrderUnderTheirHeadingsAndTitles() {
    assertThat(story.chapters()).extracting(StoryChapter::title).containsExactly(
        "CHAPTER I: THE FIRST LAMP", "CHAPTER II: THE LONG STREET", "CHAPTER III: SNOW");
    assertThat(text(story.chapters().getFirst().bodyHtml())).startsWith("The lamplighter began his round");
    assertThat(text(story.chapters().getLast().bodyHtml()))
        .isEqualTo("In the winter the snow came early, and the lamps wore white caps.");
  }

  @Test
  void keepsTheCreditsAsNotesAndLeavesOutTitlePageContentsImagesAndLicence() {
    assertThat(text(story.notes()))
        .isEqualTo("Produced by A. Volunteer and the Online Distributed Proofreading Team");
    String all = story.chapters().stream().map(c -> text(c.bodyHtml())).reduce("", String::concat);
    assertThat(all).doesNotContain("LONDON", "CONTENTS", "frontispiece", "Full Size", "Project Gutenberg",
        "General Terms");
  }

  @Test
  void leavesATextThatOnlyMentionsGutenbergToOthers() {
    byte[] text = "A/N: I found the song on Project Gutenberg.\n\nShe sang it twice.\n"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(format.accepts(text, "story.txt")).isFalse();
  }
}
