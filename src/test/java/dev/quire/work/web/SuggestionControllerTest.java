package dev.quire.work.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.Importer;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.search.WorkSort;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.SuggestionView;
import dev.quire.work.WorkSummary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An editor accepts, renames or rejects suggestions on the work page; accepted ones are tags. */
class SuggestionControllerTest extends ArchiveTest {

  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;
  @Autowired WorkQuery query;
  @Autowired MockMvc mvc;

  long importStory() {
    String text = "Disclaimer: I do not own Merlin, nor any of its characters.\n\n"
        + "The castle kitchens were warm and the bread was rising in its tins. " + UUID.randomUUID() + "\n\n"
        + "Nobody in the kitchens spoke of the dragon, though everyone thought of it.\n";
    FileOutcome outcome = importer.importBytes("story.txt", "story-" + UUID.randomUUID() + ".txt",
        text.getBytes(StandardCharsets.UTF_8), false);
    return outcome.workId();
  }

  SuggestionView suggestion(long workId, String kind) {
    return catalog.details(workId).orElseThrow().suggestions().stream()
        .filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
  }

  @Test
  void anAcceptedSuggestionBecomesAnOrdinaryTag() throws Exception {
    long id = importStory();
    SuggestionView fandom = suggestion(id, "fandom");

    mvc.perform(post("/works/{w}/suggestions/{s}/accept", id, fandom.id()).header("Origin", "http://localhost"))
        .andExpect(status().is3xxRedirection());

    WorkDetails work = catalog.details(id).orElseThrow();
    assertThat(work.summary().tagsOf(dev.quire.tag.TagKind.FANDOM)).containsExactly("Merlin (TV)");
    assertThat(work.suggestions()).extracting(SuggestionView::kind).doesNotContain("fandom");
    assertThat(query.search(WorkSearch.of("fandom:\"Merlin (TV)\"")).works())
        .extracting(WorkSummary::id).contains(id);
  }

  @Test
  void anEditorMayRenameASuggestionAsItIsAccepted() throws Exception {
    long id = importStory();
    SuggestionView fandom = suggestion(id, "fandom");

    mvc.perform(post("/works/{w}/suggestions/{s}/accept", id, fandom.id())
            .param("name", "Merlin (Arthurian Legend)").header("Origin", "http://localhost"))
        .andExpect(status().is3xxRedirection());

    assertThat(catalog.details(id).orElseThrow().summary().tagsOf(dev.quire.tag.TagKind.FANDOM))
        .containsExactly("Merlin (Arthurian Legend)");
  }

  @Test
  void aRejectedSuggestionIsNoLongerOffered() throws Exception {
    long id = importStory();
    SuggestionView fandom = suggestion(id, "fandom");

    mvc.perform(post("/works/{w}/suggestions/{s}/reject", id, fandom.id()).header("Origin", "http://localhost"))
        .andExpect(status().is3xxRedirection());

    WorkDetails work = catalog.details(id).orElseThrow();
    assertThat(work.suggestions()).extracting(SuggestionView::id).doesNotContain(fandom.id());
    assertThat(work.summary().tagsOf(dev.quire.tag.TagKind.FANDOM)).isEmpty();
  }

  @Test
  void anotherSiteCannotDecideThroughAVisitorsBrowser() throws Exception {
    long id = importStory();
    SuggestionView fandom = suggestion(id, "fandom");

    mvc.perform(post("/works/{w}/suggestions/{s}/accept", id, fandom.id()).header("Origin", "https://evil.example"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/works/{w}/suggestions/{s}/accept", id, fandom.id()))
        .andExpect(status().isForbidden());

    assertThat(catalog.details(id).orElseThrow().summary().tagsOf(dev.quire.tag.TagKind.FANDOM)).isEmpty();
  }

  @Test
  void decidingOnASuggestionThatIsNotThereIsA404() throws Exception {
    long id = importStory();

    mvc.perform(post("/works/{w}/suggestions/{s}/reject", id, 987654321L).header("Origin", "http://localhost"))
        .andExpect(status().isNotFound());
  }
}
