package dev.quire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import org.junit.jupiter.api.Test;

class CanonicalFandomTest {

  @Test
  void aDisclaimersFandomIsSuggestedUnderAo3sCanonicalName() {
    StoryDocument story = StoryDocument.builder()
        .notes("<p>Disclaimer: I do not own Harry Potter.</p>")
        .chapter(new StoryChapter(null, null, null, "<p>The owl came at breakfast, as owls do.</p>"))
        .build();

    assertThat(new TagSuggester().suggest(story))
        .filteredOn(s -> s.kind() == TagKind.FANDOM)
        .extracting(Suggestion::name)
        .containsExactly("Harry Potter - J. K. Rowling");
  }

  @Test
  void aFandomTheVocabularyDoesNotKnowIsSuggestedAsWritten() {
    StoryDocument story = StoryDocument.builder()
        .notes("<p>Disclaimer: I do not own Quayside Chronicles.</p>")
        .chapter(new StoryChapter(null, null, null, "<p>The ferry was late again.</p>"))
        .build();

    assertThat(new TagSuggester().suggest(story))
        .filteredOn(s -> s.kind() == TagKind.FANDOM)
        .extracting(Suggestion::name)
        .containsExactly("Quayside Chronicles");
  }
}
