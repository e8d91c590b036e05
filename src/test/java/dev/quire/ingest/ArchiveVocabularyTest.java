package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher.Original;
import dev.quire.ingest.WorkPublisher.Submission;
import dev.quire.platform.Sha256;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails.SuggestionView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the archive's own tagged works teach is used for the next import's suggestions. */
class ArchiveVocabularyTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;

  @Test
  void aCharacterTagAnAuthorUsesTeachesTheNameTheTextCallsHerBy() {
    String fandom = "Quayside Tales";
    String tagged = "<p>Marisol Quennell mended nets. Marisol sang while she worked.</p>"
        + "<p>Quennell's boat was the bluest in the harbour, and Marisol knew it.</p>";
    StoryDocument taught = StoryDocument.builder().title("Nets")
        .tag(TagKind.FANDOM, fandom).tag(TagKind.CHARACTER, "Marisol Quennell")
        .chapter(new StoryChapter(null, null, null, tagged)).build();
    byte[] bytes = tagged.getBytes(StandardCharsets.UTF_8);
    publisher.publish(new Submission(taught, "Nets", List.of(),
        new Original("nets.html", "ao3-html", bytes, Sha256.hex(bytes))));

    String untagged = "Disclaimer: I do not own " + fandom + ".\n\n"
        + "Marisol rowed out at dawn. Marisol counted the gulls.\n\n"
        + "By noon Marisol was home again, and the nets were dry.\n";
    FileOutcome outcome = importer.importBytes("dawn.txt", "dawn-" + UUID.randomUUID() + ".txt",
        untagged.getBytes(StandardCharsets.UTF_8), false);

    assertThat(catalog.details(Viewer.guest(), outcome.workId()).orElseThrow().suggestions())
        .filteredOn(s -> s.kind().equals("character"))
        .extracting(SuggestionView::name)
        .contains("Marisol Quennell");
  }
}
