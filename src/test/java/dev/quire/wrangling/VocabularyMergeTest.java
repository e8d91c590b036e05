package dev.quire.wrangling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.AccessTokens;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.TagRefiling;
import dev.quire.search.TestWorks;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.tag.Tags;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An archive imported with its own names for a fandom and its characters, merged into the
 * archive's canonical tags at once: previewed, accepted in one change, filed in search, undone whole.
 */
class VocabularyMergeTest extends ArchiveTest {

  @Autowired VocabularyMerge merge;
  @Autowired Wrangling wrangling;
  @Autowired UnwrangledQueue queue;
  @Autowired Tags tags;
  @Autowired WorkPublisher publisher;
  @Autowired TagRefiling refiling;
  @Autowired WorkQuery query;
  @Autowired TestAccounts accounts;
  @Autowired AccessTokens tokens;
  @Autowired MockMvc mvc;

  String marker;
  Account wranglerAccount;
  Viewer wrangler;
  String imported;
  String smallville;

  /**
   * The old archive called the fandom "SV" and its characters by first names; the archive has
   * Smallville with Lana Lang and Clark Kent, and a character no one has a proposal for.
   */
  @BeforeEach
  void anImportedVocabulary() {
    marker = TestWorks.marker();
    wranglerAccount = accounts.create(Role.WRANGLER);
    wrangler = Viewer.of(wranglerAccount);
    imported = "SV " + marker;
    smallville = "Smallville " + marker;
    publish("A", marker + "Lana");
    publish("B", marker + "Clark");
    publish("C", marker + "Lana", marker + "Clark", "Pete " + marker);
    canonical(TagKind.FANDOM, smallville);
    for (String character : List.of(marker + "Lana Lang", marker + "Clark Kent")) {
      canonical(TagKind.CHARACTER, character);
      wrangling.change(wrangler, character, TagKind.CHARACTER, new TagEdit(null, null, List.of(smallville), null, null));
    }
  }

  @Test
  void aPreviewSaysWhatEveryProposalWouldDoAndChangesNothing() {
    VocabularyMerge.Report preview = merge.acceptAll(wrangler, imported, true);

    assertThat(preview.merged()).extracting(VocabularyMerge.Merged::tag, VocabularyMerge.Merged::synonymOf)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(marker + "Clark", marker + "Clark Kent"),
            org.assertj.core.groups.Tuple.tuple(marker + "Lana", marker + "Lana Lang"),
            org.assertj.core.groups.Tuple.tuple(imported, smallville));
    assertThat(preview.merged().getLast().evidence()).as("the fandom, by the cast its works then share")
        .startsWith("the characters of 3 of its 3 works are " + smallville + "'s");
    assertThat(wrangling.tag(wrangler, marker + "Lana", TagKind.CHARACTER).synonymOf()).isNull();
    assertThat(wrangling.tag(wrangler, imported, TagKind.FANDOM).synonymOf()).isNull();
  }

  @Test
  void acceptingEveryProposalFilesTheWorksUnderTheCanonicalTagsAndOneUndoTakesItBack() {
    VocabularyMerge.Report done = merge.acceptAll(wrangler, imported, false);
    refileAll();

    assertThat(done.merged()).hasSize(3);
    assertThat(query.search(Viewer.guest(), WorkSearch.of("fandom:\"" + smallville + "\" character:\""
        + marker + "Lana Lang\"")).total()).isEqualTo(2);
    assertThat(queue.list(wrangler, null, smallville)).extracting(UnwrangledTag::name)
        .as("what Quire had no proposal for waits in the queue").containsExactly("Pete " + marker);

    wrangling.undo(wrangler, imported, TagKind.FANDOM);

    assertThat(wrangling.tag(wrangler, marker + "Lana", TagKind.CHARACTER).synonymOf()).isNull();
    assertThat(wrangling.tag(wrangler, marker + "Clark", TagKind.CHARACTER).synonymOf()).isNull();
    assertThat(wrangling.tag(wrangler, imported, TagKind.FANDOM).synonymOf()).isNull();
  }

  @Test
  void aMergeNeedsAWranglerAndAFandomThatExists() {
    assertThatThrownBy(() -> merge.acceptAll(Viewer.of(accounts.create()), imported, true))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> merge.acceptAll(wrangler, " ", true))
        .isInstanceOf(WranglingRefusedException.class).hasMessageContaining("Name the fandom");
    assertThatThrownBy(() -> merge.acceptAll(wrangler, "No such fandom " + marker, false))
        .isInstanceOf(WranglingRefusedException.class).hasMessageContaining("There is no fandom");
  }

  @Test
  void aWranglerPreviewsThenAcceptsOnThePagesAndAScriptThroughTheApi() throws Exception {
    Document queuePage = page("/tags/unwrangled?fandom=SV%20" + marker);
    assertThat(queuePage.select("p.merge a").attr("href")).contains("/tags/unwrangled/merge?fandom=");
    Document preview = page(queuePage.select("p.merge a").attr("href"));
    assertThat(preview.select("table.merge tbody tr")).hasSize(3);
    assertThat(preview.select("main form button").text()).isEqualTo("Accept all 3");
    assertThat(wrangling.tag(wrangler, marker + "Lana", TagKind.CHARACTER).synonymOf()).isNull();

    String token = "Bearer " + tokens.issue(wrangler, "merge", true).token();
    mvc.perform(post("/api/v1/tags/unwrangled/merge").param("fandom", imported).param("preview", "true")
            .header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.preview").value(true))
        .andExpect(jsonPath("$.tags[2].name").value(imported))
        .andExpect(jsonPath("$.tags[2].synonymOf").value(smallville));
    mvc.perform(post("/api/v1/tags/unwrangled/merge").param("fandom", "No such fandom " + marker)
            .header("Authorization", token))
        .andExpect(status().isUnprocessableEntity());

    mvc.perform(post("/tags/unwrangled/merge").param("fandom", imported).with(accounts.as(wranglerAccount)))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/tags/unwrangled?fandom=SV%20" + marker + "&done=3"));
    assertThat(wrangling.tag(wrangler, imported, TagKind.FANDOM).synonymOf()).isEqualTo(smallville);
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(mvc.perform(get(java.net.URI.create(path)).with(accounts.as(wranglerAccount)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  private void publish(String title, String... characters) {
    StoryDocument.Builder story = StoryDocument.builder().title(title + " " + marker).creator("Writer")
        .tag(TagKind.FANDOM, imported).tag(TagKind.RATING, "General Audiences");
    for (String character : characters) {
      story.tag(TagKind.CHARACTER, character);
    }
    TestWorks.publish(publisher, story.chapter(new StoryChapter(null, null, null, "<p>Words of " + marker + ".</p>")).build());
  }

  private void canonical(TagKind kind, String name) {
    tags.named(kind, name);
    wrangling.change(wrangler, name, kind, new TagEdit(true, null, null, null, null));
  }

  private void refileAll() {
    while (refiling.refileWaiting() > 0) {
      // each batch is written; the next takes what is left
    }
  }
}
