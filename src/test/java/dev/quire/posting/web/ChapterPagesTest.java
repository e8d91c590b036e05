package dev.quire.posting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A work's chapters are added, edited, reordered and deleted through their pages. */
class ChapterPagesTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;

  Account writer;
  long id;

  @BeforeEach
  void aWork() {
    writer = accounts.create();
    id = posting.post(Viewer.of(writer), new NewWork(Postings.valid("Chapters").build(),
        List.of(ChapterText.plain("One", "First.")), false));
  }

  List<String> headings() {
    return posting.chapters(Viewer.of(writer), id).stream().map(ChapterEntry::heading).toList();
  }

  @Test
  void aChapterIsAddedEditedReorderedAndDeleted() throws Exception {
    mvc.perform(get("/works/{id}/chapters/new", id).with(accounts.as(writer))).andExpect(status().isOk());
    mvc.perform(post("/works/{id}/chapters", id).with(accounts.as(writer))
        .param("title", "Two").param("text", "Second.").param("markup", "PLAIN"))
        .andExpect(status().is3xxRedirection());
    assertThat(headings()).containsExactly("Chapter 1: One", "Chapter 2: Two");

    List<ChapterEntry> chapters = posting.chapters(Viewer.of(writer), id);
    mvc.perform(get("/works/{id}/chapters/{c}/edit", id, chapters.get(1).id()).with(accounts.as(writer)))
        .andExpect(status().isOk());
    mvc.perform(post("/works/{id}/chapters/{c}", id, chapters.get(1).id()).with(accounts.as(writer))
        .param("title", "Deux").param("text", "<p>Second.</p>").param("markup", "HTML"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/works/{id}/chapters/manage", id).with(accounts.as(writer))).andExpect(status().isOk());
    mvc.perform(post("/works/{id}/chapters/order", id).with(accounts.as(writer))
        .param("chapter", String.valueOf(chapters.get(0).id()), String.valueOf(chapters.get(1).id()))
        .param("position", "2", "1"))
        .andExpect(status().is3xxRedirection());
    assertThat(headings()).containsExactly("Chapter 1: Deux", "Chapter 2: One");

    mvc.perform(post("/works/{id}/chapters/{c}/delete", id, chapters.get(0).id()).with(accounts.as(writer)))
        .andExpect(status().is3xxRedirection());
    assertThat(headings()).containsExactly("Chapter 1: Deux");
  }

  @Test
  void anEmptyChapterComesBackWithItsProblem() throws Exception {
    mvc.perform(post("/works/{id}/chapters", id).with(accounts.as(writer)).param("text", " "))
        .andExpect(status().isUnprocessableEntity());
    assertThat(headings()).hasSize(1);
  }

  @Test
  void theLastChapterIsNotDeleted() throws Exception {
    long only = posting.chapters(Viewer.of(writer), id).getFirst().id();

    mvc.perform(post("/works/{id}/chapters/{c}/delete", id, only).with(accounts.as(writer)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void someoneElseAddsNoChapter() throws Exception {
    mvc.perform(post("/works/{id}/chapters", id).with(accounts.as(accounts.create())).param("text", "Mine."))
        .andExpect(status().isForbidden());
    assertThat(headings()).hasSize(1);
  }
}
