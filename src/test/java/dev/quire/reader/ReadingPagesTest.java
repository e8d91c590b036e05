package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.ingest.Importer;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails.ChapterText;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Where a work's notes stand and how its pages link, read from the HTML as AO3 readers' tools do. */
class ReadingPagesTest extends ArchiveTest {

  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;
  @Autowired MockMvc mvc;

  SampleWorks works;
  String work;

  @BeforeEach
  void importSamples() {
    works = SampleWorks.importInto(importer, catalog);
    work = "/works/" + works.chaptered().id();
  }

  @Test
  void theEntireWorkReadsSummaryAndNotesThenEachChapterBetweenItsNotesThenTheWorksEndNotes() throws Exception {
    String text = page(entireWork()).text();

    assertThat(text).containsSubsequence(
        "Two keepers of the Quillmere light", "Work notes:",
        "Chapter 1: Spring", "Chapter one notes:", "(spring 1)", "(spring 6)", "Chapter one end notes:",
        "Chapter 2: Summer", "(summer 1)",
        "Chapter 3: Winter", "(winter 6)", "Chapter three end notes:",
        "Work end notes:");
  }

  @Test
  void notesAtTheTopPointToTheEndNotesAsAo3Does() throws Exception {
    Document page = page(entireWork());

    assertThat(page.select("#workskin > .preface > .notes p.jump").text())
        .isEqualTo("(See the end of the work for more notes.)");
    assertThat(page.select("#workskin > .preface > .notes p.jump a").attr("href")).isEqualTo("#work_endnotes");
    assertThat(page.select("#work_endnotes").text()).contains("Work end notes:");
    assertThat(page.select("#chapter-1 .notes p.jump a").attr("href")).isEqualTo("#chapter_1_endnotes");
    assertThat(page.select("#chapter_1_endnotes").text()).contains("Chapter one end notes:");
    assertThat(page.select("#chapter-2 .notes")).isEmpty();
    assertThat(page.select("#chapter-3 .notes p.jump").text()).isEqualTo("(See the end of the chapter for notes.)");
  }

  @Test
  void theFirstChapterShowsTheWorksNotesAndPointsToTheLastChapterForItsEndNotes() throws Exception {
    Document first = page(chapter(1));

    assertThat(first.text()).contains("Two keepers of the Quillmere light", "Work notes:", "(spring 1)")
        .doesNotContain("(summer 1)", "Work end notes:");
    assertThat(first.select("#workskin > .preface > .notes p.jump a").attr("href"))
        .isEqualTo(chapter(3) + "#work_endnotes");
  }

  @Test
  void laterChaptersLeaveTheWorksNotesOutAndOnlyTheLastShowsItsEndNotes() throws Exception {
    Document second = page(chapter(2));
    Document last = page(chapter(3));

    assertThat(second.select("h2.title").text()).isEqualTo("The Keepers of Quillmere Light");
    assertThat(second.text()).doesNotContain("Work notes:", "Work end notes:", "(spring 1)");
    assertThat(last.select("#work_endnotes").text()).contains("Work end notes:");
  }

  @Test
  void chapterPagesLinkThePreviousAndNextChapterForReadersAndBrowsers() throws Exception {
    Document second = page(chapter(2));

    assertThat(second.select("head link[rel=prev]").attr("href")).isEqualTo(chapter(1));
    assertThat(second.select("head link[rel=next]").attr("href")).isEqualTo(chapter(3));
    assertThat(second.select("main a[rel=prev]").eachAttr("href")).containsOnly(chapter(1) + "#workskin");
    assertThat(second.select("main a[rel=next]").eachAttr("href")).containsOnly(chapter(3) + "#workskin");
    assertThat(page(chapter(1)).select("[rel=prev]")).isEmpty();
    assertThat(page(chapter(3)).select("[rel=next]")).isEmpty();
  }

  @Test
  void theChapterMenuListsEveryChapterAndLeadsToTheChosenOne() throws Exception {
    Document second = page(chapter(2));

    assertThat(second.select("form.chapter-jump select#selected_id option").eachText())
        .containsExactly("Chapter 1: Spring", "Chapter 2: Summer", "Chapter 3: Winter");
    assertThat(second.select("select#selected_id option[selected]").text()).isEqualTo("Chapter 2: Summer");
    mvc.perform(get(work + "/chapters").param("selected_id", String.valueOf(works.chapter(3).id())))
        .andExpect(redirectedUrl(chapter(3)));
    mvc.perform(get(work + "/chapters")).andExpect(redirectedUrl(work + "/navigate"));
  }

  @Test
  void aChapterOfAnotherWorkIsNotFound() throws Exception {
    long foreign = works.explicit().chapters().getFirst().id();

    mvc.perform(get(work + "/chapters/" + foreign)).andExpect(status().isNotFound());
    mvc.perform(get(work + "/chapters").param("selected_id", String.valueOf(foreign)))
        .andExpect(status().isNotFound());
  }

  @Test
  void entireWorkAndChapterByChapterLeadToEachOther() throws Exception {
    assertThat(page(entireWork()).select("li.bychapter a").attr("href")).isEqualTo(chapter(1));
    assertThat(page(chapter(2)).select("li.entire a").attr("href"))
        .isEqualTo(entireWork() + "#chapter-2");
    assertThat(page(entireWork()).select("#chapters > div.chapter")).hasSize(3);
  }

  @Test
  void aLongWorkOpensAtItsFirstChapterWithTheEntireWorkAClickAway() throws Exception {
    for (Document opened : List.of(page(work), page(work + "?view_full_work=false"))) {
      assertThat(opened.select("#chapters > div.chapter")).hasSize(1);
      assertThat(opened.select("#chapters h3.title").text()).isEqualTo("Chapter 1: Spring");
      assertThat(opened.text()).contains("Two keepers of the Quillmere light", "(spring 6)")
          .doesNotContain("(summer 1)");
      assertThat(opened.select("li.entire a").attr("href")).isEqualTo(entireWork() + "#chapter-1");
      assertThat(opened.select("link[rel=next]").attr("href")).isEqualTo(chapter(2));
    }
  }

  @Test
  void chapterPagesOfferTheWorksDownloads() throws Exception {
    assertThat(page(chapter(2)).select("li.download ul li a").eachText()).startsWith("EPUB");
    assertThat(page(chapter(2)).select("li.download ul li a").first().attr("href"))
        .startsWith("/downloads/" + works.chaptered().id() + "/");
  }

  @Test
  void aChapterByItsIdAloneLeadsToItsPlaceInItsWork() throws Exception {
    mvc.perform(get("/chapters/" + works.chapter(2).id() + "?view_adult=true"))
        .andExpect(redirectedUrl(chapter(2) + "?view_adult=true"));
    mvc.perform(get("/chapters/{id}?x={y}", works.chapter(2).id(), "{z}")).andExpect(redirectedUrl(chapter(2)));
    mvc.perform(get("/chapters/987654321")).andExpect(status().isNotFound());
  }

  @Test
  void theWorksTextCarriesItsLanguageWhileThePageStaysEnglish() throws Exception {
    String html = mvc.perform(get("/works/{id}", works.explicit().id()).param("view_adult", "true"))
        .andReturn().getResponse().getContentAsString();
    Document page = Jsoup.parse(html);

    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("#workskin").attr("lang")).isEqualTo("fr");
    assertThat(page.select("#workskin").text()).contains("La gardienne du phare");
  }

  @Test
  void aGuestWhoAgreesIsRememberedByTheBrowserWithNoSessionOnTheServer() throws Exception {
    MockHttpServletResponse agreed = mvc.perform(get("/works/{id}", works.explicit().id()).param("view_adult", "true"))
        .andExpect(status().isOk()).andReturn().getResponse();

    assertThat(agreed.getCookie("SESSION")).as("no session stored for a guest").isNull();
    assertThat(agreed.getCookie("view_adult").getValue()).isEqualTo("true");
    assertThat(agreed.getHeaders(HttpHeaders.SET_COOKIE)).anyMatch(c -> c.startsWith("view_adult=true")
        && c.contains("HttpOnly") && c.contains("SameSite=Lax") && !c.contains("Max-Age"));
    assertThat(mvc.perform(get("/works/{id}", works.explicit().id()).cookie(agreed.getCookie("view_adult")))
        .andReturn().getResponse().getContentAsString()).doesNotContain("could have adult content");
  }

  @Test
  void consentingKeepsTheViewTheReaderAskedFor() throws Exception {
    Document gate = page("/works/" + works.explicit().id() + "?view_full_work=true");

    assertThat(gate.select(".caution li:first-child a").attr("href"))
        .isEqualTo("/works/" + works.explicit().id() + "?view_full_work=true&view_adult=true");
  }

  private String entireWork() {
    return work + "?view_full_work=true";
  }

  private String chapter(int position) {
    ChapterText chapter = works.chapter(position);
    return work + "/chapters/" + chapter.id();
  }

  private Document page(String url) throws Exception {
    return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
  }
}
