package dev.quire.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.catalog.TagCount;
import dev.quire.catalog.TagIndex;
import dev.quire.download.DownloadAddress;
import dev.quire.download.DownloadFormat;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.TestWorks;
import dev.quire.search.WorkHits;
import dev.quire.search.WorkHits.FacetCount;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagSlug;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriUtils;

/**
 * Who is looking decides what is there: every read path — search and its counts and facets, tag
 * lists, feeds, OPDS, pages, downloads, the API — answers as {@link AccessPolicy} says for the
 * viewer. Restricted works are shown to logged-in readers only, drafts to their creators, hidden
 * works to moderators by their address only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessPolicyTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired VisibilityChanges changes;
  @Autowired WorkQuery query;
  @Autowired WorkCatalog catalog;
  @Autowired TagIndex tagIndex;
  @Autowired TestAccounts accounts;
  @Autowired AccountRepository accountRepository;
  @Autowired WorkRepository works;
  @Autowired TransactionTemplate transaction;
  @Autowired MockMvc mvc;

  final String marker = TestWorks.marker();
  final String fandom = "Access " + marker;
  final String veiledFandom = "Veiled " + marker;
  final String restrictedTitle = "Behind The Curtain " + marker;
  Account reader;
  Account writer;
  Account stranger;
  Account moderator;
  long open;
  long restricted;
  long draft;
  long hidden;

  @BeforeAll
  void publishWorks() {
    reader = accounts.create();
    writer = accounts.create();
    stranger = accounts.create();
    moderator = accounts.create(Role.MODERATOR);
    open = publish(story("In The Open " + marker, "Open Writer " + marker, fandom));
    restricted = publish(story(restrictedTitle, "Veiled Writer " + marker, fandom)
        .tag(TagKind.FANDOM, veiledFandom).series("Veiled Series " + marker, 1));
    draft = publish(story("Unfinished " + marker, "Drafting Writer " + marker, fandom));
    hidden = publish(story("Taken Down " + marker, "Hidden Writer " + marker, fandom));
    changes.restrict(Viewer.archive(), restricted, true);
    changes.change(Viewer.archive(), draft, Visibility.DRAFT);
    changes.change(Viewer.archive(), hidden, Visibility.HIDDEN);
    creditTo(draft, writer);
  }

  StoryDocument.Builder story(String title, String creator, String fandomName) {
    return StoryDocument.builder()
        .title(title).creator(creator).tag(TagKind.FANDOM, fandomName)
        .tag(TagKind.RATING, "General Audiences")
        .chapter(new StoryChapter(null, null, null, "<p>The " + marker + " lamp was lit.</p>"));
  }

  long publish(StoryDocument.Builder story) {
    return TestWorks.publish(publisher, story.build());
  }

  /** Moves the work's bylines to a pseud of {@code account}, as a claim does. */
  void creditTo(long workId, Account account) {
    transaction.executeWithoutResult(status -> {
      Account held = accountRepository.findById(account.getId()).orElseThrow();
      works.findById(workId).orElseThrow().getCreators().forEach(creator -> creator.moveTo(held));
    });
  }

  @Test
  void guestsNeverSeeRestrictedWorksInSearchCountsOrFacets() {
    WorkHits hits = query.search(Viewer.guest(), WorkSearch.of("fandom:\"" + fandom + "\""));

    assertThat(hits.total()).isEqualTo(1);
    assertThat(hits.works()).extracting(WorkSummary::id).containsExactly(open);
    assertThat(hits.facetsOf(TagKind.FANDOM)).containsExactly(new FacetCount(fandom, 1));
    assertThat(fandomCounts(Viewer.guest())).containsEntry(fandom, 1L).doesNotContainKey(veiledFandom);
  }

  @Test
  void readersSeeRestrictedWorks() throws Exception {
    Viewer asReader = Viewer.of(reader);
    WorkHits hits = query.search(asReader, WorkSearch.of("fandom:\"" + fandom + "\""));

    assertThat(hits.works()).extracting(WorkSummary::id).containsExactlyInAnyOrder(open, restricted);
    assertThat(hits.facetsOf(TagKind.FANDOM)).contains(new FacetCount(fandom, 2), new FacetCount(veiledFandom, 1));
    assertThat(fandomCounts(asReader)).containsEntry(fandom, 2L).containsEntry(veiledFandom, 1L);
    mvc.perform(get("/works/{id}", restricted).with(as(reader))).andExpect(status().isOk());
    mvc.perform(get("/works/{id}", restricted)).andExpect(status().isNotFound());
  }

  @Test
  void everyPageOfARestrictedWorkIsNotFoundByGuests() throws Exception {
    long chapter = catalog.details(Viewer.archive(), restricted).orElseThrow().chapters().getFirst().id();
    long series = catalog.details(Viewer.archive(), restricted).orElseThrow().series().getFirst().seriesId();
    List<MockHttpServletRequestBuilder> pages = List.of(
        get("/works/{id}", restricted), get("/works/{id}/navigate", restricted),
        get("/works/{id}/chapters/{c}", restricted, chapter), get("/chapters/{c}", chapter),
        get("/works/{id}/original", restricted), get("/series/{id}", series));

    for (MockHttpServletRequestBuilder page : pages) {
      mvc.perform(page).andExpect(status().isNotFound());
    }
    mvc.perform(get("/works/{id}/navigate", restricted).with(as(reader))).andExpect(status().isOk());
    mvc.perform(get("/works/{id}/original", restricted).with(as(reader))).andExpect(status().isOk());
    mvc.perform(get("/series/{id}", series).with(as(reader))).andExpect(status().isOk());
  }

  @Test
  void theHomePageAndCreatorPagesListRestrictedWorksToReadersOnly() throws Exception {
    String pseudPage = catalog.details(Viewer.archive(), restricted).orElseThrow()
        .summary().bylines().getFirst().pseudPath();

    assertThat(catalog.recent(Viewer.guest(), 1000)).extracting(WorkSummary::id)
        .contains(open).doesNotContain(restricted, draft, hidden);
    assertThat(catalog.recent(Viewer.of(reader), 1000)).extracting(WorkSummary::id)
        .contains(open, restricted).doesNotContain(draft, hidden);
    assertThat(page("/", null)).contains("In The Open " + marker).doesNotContain(restrictedTitle);
    mvc.perform(get(URI.create(pseudPage))).andExpect(status().isNotFound());
    assertThat(page(pseudPage, reader)).contains(restrictedTitle);
  }

  @Test
  void aStrangerOpeningADraftGets404() throws Exception {
    mvc.perform(get("/works/{id}", draft).with(as(stranger))).andExpect(status().isNotFound());
    mvc.perform(get("/works/{id}", draft)).andExpect(status().isNotFound());
    mvc.perform(get("/works/{id}/navigate", draft).with(as(stranger))).andExpect(status().isNotFound());
    mvc.perform(get(download(draft, "Unfinished " + marker)).with(as(stranger))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/works/{id}", draft)).andExpect(status().isNotFound());
  }

  @Test
  void aDraftOpensForItsCreatorAndAdminsButIsNeverListed() throws Exception {
    mvc.perform(get("/works/{id}", draft).with(as(writer))).andExpect(status().isOk());
    mvc.perform(get("/works/{id}", draft).with(as(accounts.create(Role.ADMIN)))).andExpect(status().isOk());
    assertThat(query.search(Viewer.of(writer), WorkSearch.of(marker)).works()).extracting(WorkSummary::id)
        .doesNotContain(draft);
  }

  @Test
  void aHiddenWorkOpensForModeratorsButIsNeverListed() throws Exception {
    mvc.perform(get("/works/{id}", hidden).with(as(moderator))).andExpect(status().isOk());
    mvc.perform(get("/works/{id}", hidden).with(as(reader))).andExpect(status().isNotFound());
    assertThat(query.search(Viewer.of(moderator), WorkSearch.of(marker)).works()).extracting(WorkSummary::id)
        .doesNotContain(hidden);
  }

  @Test
  void feedsAndOpdsNeverListRestrictedWorksToGuests() throws Exception {
    String tagFeed = "/tags/" + UriUtils.encodePathSegment(TagSlug.encode(fandom), StandardCharsets.UTF_8)
        + "/feed.atom";
    String opdsSearch = "/opds/search?q=" + marker;
    String opdsFandoms = "/opds/tags/fandom?page=1";

    assertThat(page(tagFeed, null)).contains("In The Open " + marker).doesNotContain(restrictedTitle);
    assertThat(page(opdsSearch, null)).contains("In The Open " + marker).doesNotContain(restrictedTitle);
    assertThat(page("/works/feed.atom", null)).doesNotContain(restrictedTitle);
    assertThat(page(tagFeed, reader)).contains(restrictedTitle);
    assertThat(page(opdsSearch, reader)).contains(restrictedTitle);
    assertThat(page(opdsFandoms, null)).doesNotContain(veiledFandom);
  }

  @Test
  void downloadsOfRestrictedWorksNeedLogIn() throws Exception {
    String address = download(restricted, restrictedTitle);

    mvc.perform(get(address)).andExpect(status().isNotFound());
    mvc.perform(get(address).with(as(reader))).andExpect(status().isOk());
  }

  @Test
  void theApiHidesRestrictedWorksFromGuests() throws Exception {
    String found = mvc.perform(get("/api/v1/works").param("q", marker))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(found).contains("In The Open " + marker).doesNotContain(restrictedTitle).contains("\"total\":1");
    mvc.perform(get("/api/v1/works/{id}", restricted)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/works/{id}", restricted).with(as(reader))).andExpect(status().isOk());
  }

  private Map<String, Long> fandomCounts(Viewer viewer) {
    return tagIndex.fandomsByMedium(viewer).stream().flatMap(medium -> medium.fandoms().stream())
        .filter(fandom -> fandom.name().endsWith(marker))
        .collect(Collectors.toMap(TagCount::name, TagCount::works));
  }

  private String page(String address, Account account) throws Exception {
    var request = get(URI.create(address));
    return mvc.perform(account == null ? request : request.with(as(account)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private RequestPostProcessor as(Account account) {
    return accounts.as(account);
  }

  private static String download(long id, String title) {
    return DownloadAddress.ofWork(id, title, DownloadFormat.TXT);
  }
}
