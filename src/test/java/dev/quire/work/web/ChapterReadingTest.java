package dev.quire.work.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.ChapterText;
import dev.quire.posting.NewWork;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import dev.quire.posting.WorkPosting.ChapterEntry;
import dev.quire.work.Chapter;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A work of many chapters is read a chapter at a time, and a chapter's page reads that chapter's
 * text from the database, not the texts of the other chapters it only links to.
 */
class ChapterReadingTest extends ArchiveTest {

  static final int CHAPTERS = 12;

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired EntityManagerFactory entityManagerFactory;

  Account writer;
  long work;
  List<Long> chapters;

  @BeforeEach
  void aWorkOfManyChapters() {
    writer = accounts.create();
    work = posting.post(Viewer.of(writer), new NewWork(Postings.valid("Many " + Postings.word()).build(),
        IntStream.rangeClosed(1, CHAPTERS).mapToObj(n -> ChapterText.plain("Part " + n, text(n))).toList(), false));
    chapters = posting.chapters(Viewer.of(writer), work).stream().map(ChapterEntry::id).toList();
  }

  static String text(int position) {
    return "The text of chapter number " + position + " alone.";
  }

  @Test
  void aChapterPageShowsThatChapterAloneAndLinksItsNeighbours() throws Exception {
    Document page = page("/works/" + work + "/chapters/" + chapters.get(4));

    assertThat(page.select("#chapters").text()).contains(text(5)).doesNotContain(text(4)).doesNotContain(text(6));
    assertThat(page.selectFirst("a[rel=prev]").attr("href")).startsWith("/works/" + work + "/chapters/" + chapters.get(3));
    assertThat(page.selectFirst("a[rel=next]").attr("href")).startsWith("/works/" + work + "/chapters/" + chapters.get(5));
    assertThat(page.select("form.chapter-jump option")).hasSize(CHAPTERS);
  }

  @Test
  void theWorkPageOpensAtTheFirstChapterAndTheEntireWorkShowsEveryChapter() throws Exception {
    String first = page("/works/" + work).select("#chapters").text();
    String whole = page("/works/" + work + "?view_full_work=true").select("#chapters").text();

    assertThat(first).contains(text(1)).doesNotContain(text(2));
    assertThat(whole).contains(IntStream.rangeClosed(1, CHAPTERS).mapToObj(ChapterReadingTest::text).toList());
  }

  @Test
  void aChapterPageReadsOneChaptersTextFromTheDatabase() throws Exception {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    try {
      statistics.clear();
      page("/works/" + work + "/chapters/" + chapters.get(4));

      long textsRead = TextReads.counted(statistics);
      assertThat(statistics.getEntityStatistics(Chapter.class.getName()).getLoadCount()).isZero();
      assertThat(textsRead).isEqualTo(1);
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }

  @Test
  void aKeptPageIsAnsweredWithoutReadingAnyText() throws Exception {
    String chapterUrl = "/works/" + work + "/chapters/" + chapters.get(4);
    String wholeUrl = "/works/" + work + "?view_full_work=true";
    String chapterTag = mvc.perform(get(chapterUrl)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
    String wholeTag = mvc.perform(get(wholeUrl)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
    int[] statuses = new int[2];

    long textsRead = TextReads.during(entityManagerFactory, () -> {
      statuses[0] = mvc.perform(get(chapterUrl).header(HttpHeaders.IF_NONE_MATCH, chapterTag)).andReturn()
          .getResponse().getStatus();
      statuses[1] = mvc.perform(get(wholeUrl).header(HttpHeaders.IF_NONE_MATCH, wholeTag)).andReturn()
          .getResponse().getStatus();
    });

    assertThat(statuses).containsExactly(304, 304);
    assertThat(textsRead).isZero();
  }

  @Test
  void aKeptChapterPageIsSentAgainWhenItsTextChanges() throws Exception {
    String url = "/works/" + work + "/chapters/" + chapters.get(4);
    String etag = mvc.perform(get(url)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
    int unchanged = mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse().getStatus();

    posting.reviseChapter(Viewer.of(writer), work, chapters.get(4), ChapterText.plain("Part 5", "Rewritten."));
    int changed = mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse().getStatus();

    assertThat(unchanged).isEqualTo(304);
    assertThat(changed).isEqualTo(200);
  }

  Document page(String url) throws Exception {
    return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }
}
