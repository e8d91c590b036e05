package dev.quire.work.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.download.DownloadAddress;
import dev.quire.download.DownloadFormat;
import dev.quire.ingest.Importer;
import dev.quire.platform.Sha256;
import dev.quire.work.ChapterBody;
import dev.quire.work.Work;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Cookie;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A browser that kept a work's page, chapter, download or feed asks again with the validators it
 * was given, and is told {@code 304 Not Modified} while nothing it showed has changed, for it: the
 * work, the viewer's buttons, the adult-content gate's answer.
 */
class RevalidationTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;
  @Autowired TestAccounts accounts;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @PersistenceContext EntityManager entityManager;

  @Test
  void aWorkPageKeptByTheBrowserIsNotSentAgainWhileTheWorkIsUnchanged() throws Exception {
    long work = story("Kept");
    MockHttpServletResponse first = mvc.perform(get("/works/{id}", work).param("view_adult", "true")).andReturn().getResponse();
    String etag = first.getHeader(HttpHeaders.ETAG);

    MockHttpServletResponse again = mvc.perform(get("/works/{id}", work).param("view_adult", "true")
        .header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse();

    assertThat(first.getStatus()).isEqualTo(200);
    assertThat(etag).isNotBlank();
    assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
    assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
    assertThat(again.getStatus()).isEqualTo(304);
    assertThat(again.getContentAsString()).isEmpty();
    assertThat(again.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
  }

  @Test
  void aCopyAsOldAsTheWorksLastUpdateIsNotSentAgainEither() throws Exception {
    long work = story("Dated");
    String lastModified = mvc.perform(get("/works/{id}", work).param("view_adult", "true")).andReturn().getResponse()
        .getHeader(HttpHeaders.LAST_MODIFIED);

    int status = mvc.perform(get("/works/{id}", work).param("view_adult", "true")
        .header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).andReturn().getResponse().getStatus();

    assertThat(status).isEqualTo(304);
  }

  @Test
  void aLoggedInReaderGetsAPrivateCopyOfItsOwnNotTheGuestsOne() throws Exception {
    long work = story("Personal");
    Account reader = accounts.create();
    String guests = etag(get("/works/{id}", work).param("view_adult", "true"));

    MockHttpServletResponse asReader = mvc.perform(get("/works/{id}", work).param("view_adult", "true")
        .header(HttpHeaders.IF_NONE_MATCH, guests).with(accounts.as(reader))).andReturn().getResponse();

    assertThat(asReader.getStatus()).isEqualTo(200);
    assertThat(asReader.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-cache");
    assertThat(asReader.getHeader(HttpHeaders.ETAG)).isNotEqualTo(guests);
  }

  @Test
  void aModeratorsCopyIsNotAReadersThoughBothAreLoggedIn() throws Exception {
    long work = story("Buttons");
    String readers = etag(get("/works/{id}", work).param("view_adult", "true").with(accounts.as(accounts.create())));
    String moderators = etag(get("/works/{id}", work).param("view_adult", "true")
        .with(accounts.as(accounts.create(Role.MODERATOR))));

    assertThat(moderators).isNotEqualTo(readers);
  }

  @Test
  void aChangedWorkIsSentAgain() throws Exception {
    long work = story("Changed");
    Account admin = accounts.create(Role.ADMIN);
    String before = etag(get("/works/{id}", work).param("view_adult", "true").with(accounts.as(admin)));

    mvc.perform(post("/works/{id}/hide", work).with(accounts.as(admin)));
    MockHttpServletResponse after = mvc.perform(get("/works/{id}", work).param("view_adult", "true")
        .header(HttpHeaders.IF_NONE_MATCH, before).with(accounts.as(admin))).andReturn().getResponse();

    assertThat(after.getStatus()).isEqualTo(200);
    assertThat(after.getContentAsString()).contains("hidden by a moderator");
  }

  @Test
  void aChapterWhoseTextAloneChangedIsSentAgain() throws Exception {
    long work = story("Refilled");
    reviseFirstChapter(work, "<p>The kettle sang; nobody came.</p>");
    String before = etag(get("/works/{id}", work).param("view_adult", "true"));
    List<Map<String, Object>> unchanged = jdbc.queryForList("select words, updated_at from work where id = ?", work);

    // As a later version of an imported work fills in a chapter: its text alone, not the work's
    // update time, nor its words.
    reviseFirstChapter(work, "<p>The kettle hissed; nobody came.</p>");
    MockHttpServletResponse after = mvc.perform(get("/works/{id}", work).param("view_adult", "true")
        .header(HttpHeaders.IF_NONE_MATCH, before)).andReturn().getResponse();

    assertThat(jdbc.queryForList("select words, updated_at from work where id = ?", work)).isEqualTo(unchanged);
    assertThat(after.getStatus()).isEqualTo(200);
    assertThat(after.getContentAsString()).contains("The kettle hissed; nobody came.");
    assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before);
  }

  private void reviseFirstChapter(long work, String html) {
    transactions.executeWithoutResult(t -> entityManager.find(Work.class, work).reviseChapter(1, null, ChapterBody.of(html)));
  }

  @Test
  void theDigestsAnOlderArchiveIsGivenAreThoseOfItsTexts() throws Exception {
    long work = story("Older");
    jdbc.update("update chapter set body = ? where work_id = ?", "<p>Ünïcode ✓ 𝄞 — the kettle sang.</p>", work);
    String migration;
    try (InputStream in = getClass().getResourceAsStream("/db/migration/" + vendor() + "/V40__chapter_body_digest.sql")) {
      migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String update = migration.lines().filter(line -> line.startsWith("update chapter set body_digest")).findFirst()
        .orElseThrow().replace(";", "");

    jdbc.update(update + " where work_id = ?", work);

    assertThat(jdbc.queryForObject("select body_digest from chapter where work_id = ?", String.class, work))
        .isEqualTo(Sha256.hex("<p>Ünïcode ✓ 𝄞 — the kettle sang.</p>"));
  }

  @Test
  void theAdultContentQuestionAndTheWorkAreNotTheSameCopy() throws Exception {
    String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    long work = importer.importBytes("gated.txt", "gated-" + word + ".txt",
        ("Title: Gated " + word + "\nRating: Explicit\n\nA story about " + word + ".\n").getBytes(StandardCharsets.UTF_8),
        false).workId();
    MockHttpServletResponse asked = mvc.perform(get("/works/{id}", work)).andReturn().getResponse();
    assertThat(asked.getContentAsString()).contains("could have adult content");
    // Agreeing is remembered in a cookie of the browser session, which the browser then sends.
    Cookie consent = mvc.perform(get("/works/{id}", work).param("view_adult", "true")).andReturn().getResponse()
        .getCookie("view_adult");

    MockHttpServletResponse agreed = mvc.perform(get("/works/{id}", work).cookie(consent)
        .header(HttpHeaders.IF_NONE_MATCH, asked.getHeader(HttpHeaders.ETAG))).andReturn().getResponse();

    assertThat(agreed.getStatus()).isEqualTo(200);
    assertThat(agreed.getContentAsString()).doesNotContain("could have adult content");
  }

  @Test
  void chaptersDownloadsAndFeedsAreRevalidatedToo() throws Exception {
    long work = story("Everywhere");
    WorkDetails details = catalog.details(Viewer.archive(), work).orElseThrow();
    long chapter = details.chapters().getFirst().id();

    assertNotModifiedWhenAskedAgain(get("/works/{id}/chapters/{c}", work, chapter).param("view_adult", "true"));
    assertNotModifiedWhenAskedAgain(get(DownloadAddress.ofWork(work, details.summary().title(), DownloadFormat.EPUB))
        .param("view_adult", "true"));
    assertNotModifiedWhenAskedAgain(get("/works/feed.atom"));
  }

  private void assertNotModifiedWhenAskedAgain(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse first = mvc.perform(request).andReturn().getResponse();
    String etag = first.getHeader(HttpHeaders.ETAG);
    assertThat(first.getStatus()).isEqualTo(200);
    assertThat(etag).isNotBlank();

    MockHttpServletResponse again = mvc.perform(request.header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse();

    assertThat(again.getStatus()).isEqualTo(304);
    assertThat(again.getContentAsByteArray()).isEmpty();
  }

  /** The folder of the running database's migrations: Flyway's {@code {vendor}}, as Spring Boot names it. */
  private String vendor() {
    return DatabaseDriver.fromJdbcUrl(jdbc.execute((Connection connection) -> connection.getMetaData().getURL())).getId();
  }

  private String etag(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
  }

  private long story(String title) {
    String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    return KitchenStories.importStory(importer, title + " " + word, word);
  }
}
