package dev.quire.posting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.tag.TagKind;
import dev.quire.tag.Tags;
import dev.quire.work.WorkSummary;
import dev.quire.wrangling.TagEdit;
import dev.quire.wrangling.Wrangling;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The "Post New Work" form, as a logged-in writer and as others use it. */
class PostWorkFormTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired WorkQuery query;
  @Autowired Tags tags;
  @Autowired Wrangling wrangling;

  Account writer;

  @BeforeEach
  void writer() {
    writer = accounts.create();
  }

  MockHttpServletRequestBuilder work(String title, String action) {
    return work(title, action, "Original Work", "<p>They drank tea.</p>");
  }

  MockHttpServletRequestBuilder work(String title, String action, String fandoms, String text) {
    return post("/works").with(accounts.as(writer))
        .param("title", title)
        .param("rating", "General Audiences")
        .param("warnings", "No Archive Warnings Apply")
        .param("fandoms", fandoms)
        .param("freeforms", "Tea, Friendship")
        .param("chapterTitle", "Morning")
        .param("chapterText", text)
        .param("markup", "HTML")
        .param("action", action);
  }

  Document page(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  List<Long> found(String word) {
    return query.search(Viewer.guest(), WorkSearch.of(word)).works().stream().map(WorkSummary::id).toList();
  }

  @Test
  void theFormOffersAo3sFieldsWithLabels() throws Exception {
    Document form = page(mvc.perform(get("/works/new").with(accounts.as(writer)))
        .andExpect(status().isOk()).andReturn());

    assertThat(form.select("select#rating option")).extracting(e -> e.text())
        .contains("General Audiences", "Explicit", "Not Rated");
    assertThat(form.select("#warnings input[type=checkbox]")).extracting(e -> e.val())
        .contains("Creator Chose Not To Use Archive Warnings");
    for (String field : List.of("title", "fandoms", "relationships", "characters", "freeforms", "summary",
        "notes", "endNotes", "chapterTitle", "chapterText", "seriesTitle", "language")) {
      assertThat(form.select("label[for=" + field + "]")).as(field).isNotEmpty();
    }
    assertThat(form.select("input[name=authenticity_token], input[name=_csrf]")).isNotEmpty();
  }

  @Test
  void aWorksPageOffersItsCreatorEditingLinksAndNobodyElse() throws Exception {
    String location = mvc.perform(work("Links " + Postings.word(), "post"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    String[] links = {"/edit", "/chapters/new", "/orphan", "/confirm_delete"};

    Document own = page(mvc.perform(get(location).with(accounts.as(writer))).andReturn());
    Document stranger = page(mvc.perform(get(location).with(accounts.as(accounts.create()))).andReturn());
    Document guest = page(mvc.perform(get(location)).andReturn());

    for (String link : links) {
      assertThat(own.select("ul.work.navigation a[href=" + location + link + "]")).as(link).hasSize(1);
      assertThat(stranger.select("a[href=" + location + link + "]")).as(link).isEmpty();
      assertThat(guest.select("a[href=" + location + link + "]")).as(link).isEmpty();
    }
    assertThat(own.select("header a[href=/works/new]")).hasSize(1);
    assertThat(guest.select("header a[href=/works/new]")).isEmpty();
  }

  @Test
  void aGuestIsNotShownTheForm() throws Exception {
    int status = mvc.perform(get("/works/new")).andReturn().getResponse().getStatus();

    assertThat(status).isIn(302, 401, 403);
  }

  @Test
  void postingTheFormPublishesTheWorkAndSearchFindsIt() throws Exception {
    String word = Postings.word();
    String location = mvc.perform(work("Tea " + word, "post"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

    long id = Long.parseLong(location.replace("/works/", ""));
    assertThat(found(word)).containsExactly(id);
    assertThat(posting.fields(Viewer.of(writer), id).freeforms()).containsExactlyInAnyOrder("Tea", "Friendship");
  }

  @Test
  void aSavedDraftIsListedAmongTheWritersDraftsOnly() throws Exception {
    String word = Postings.word();
    mvc.perform(work("Draft " + word, "draft")).andExpect(status().is3xxRedirection());

    assertThat(found(word)).isEmpty();
    Document drafts = page(mvc.perform(get("/users/{u}/works/drafts", writer.getUserName())
        .with(accounts.as(writer))).andExpect(status().isOk()).andReturn());
    assertThat(drafts.select(".draft h4").text()).contains("Draft " + word);
    Account stranger = accounts.create();
    mvc.perform(get("/users/{u}/works/drafts", writer.getUserName()).with(accounts.as(stranger)))
        .andExpect(status().isForbidden());
  }

  @Test
  void aStrangerOpeningADraftIsToldItDoesNotExistAndItsCreatorPostsIt() throws Exception {
    String location = mvc.perform(work("Hidden " + Postings.word(), "draft")).andReturn().getResponse()
        .getRedirectedUrl();
    long id = Long.parseLong(location.replaceAll("\\D+", " ").strip().split(" ")[0]);

    mvc.perform(get("/works/{id}/edit", id).with(accounts.as(accounts.create()))).andExpect(status().isNotFound());
    Document edit = page(mvc.perform(get("/works/{id}/edit", id).with(accounts.as(writer)))
        .andExpect(status().isOk()).andReturn());
    assertThat(edit.select("form.publish").attr("action")).isEqualTo("/works/" + id + "/publish");

    mvc.perform(post("/works/{id}/publish", id).with(accounts.as(writer))).andExpect(status().is3xxRedirection());
    mvc.perform(get("/works/{id}", id)).andExpect(status().isOk());
  }

  @Test
  void aFormMissingRequiredFieldsComesBackWithEachProblemLinkedToItsField() throws Exception {
    Document form = page(mvc.perform(post("/works").with(accounts.as(writer))
        .param("title", "").param("chapterText", "Text.").param("action", "post"))
        .andExpect(status().isUnprocessableEntity()).andReturn());

    assertThat(form.select(".error-summary a")).extracting(a -> a.attr("href"))
        .containsExactly("#title", "#rating", "#warnings", "#fandoms");
    assertThat(form.select("#title").attr("aria-describedby")).isEqualTo("title-problem");
    assertThat(form.select("#title-problem").text()).isEqualTo("Title is required.");
    assertThat(form.select("#chapterText").text()).isEqualTo("Text.");
  }

  @Test
  void aTagWithAForbiddenCharacterIsShownBesideItsField() throws Exception {
    Document form = page(mvc.perform(work("Odd", "post").param("characters", "Some{one}"))
        .andExpect(status().isUnprocessableEntity()).andReturn());

    assertThat(form.select("#characters-problem").text()).contains("cannot include { }");
  }

  @Test
  void previewShowsTheTextAsItWouldBeStoredAndStoresNothing() throws Exception {
    String word = Postings.word();
    Document form = page(mvc.perform(work("Preview " + word, "preview", "Original Work",
        "<p>Calm " + word + ".</p><script>alert(1)</script>"))
        .andExpect(status().isOk()).andReturn());

    assertThat(form.select(".preview .userstuff").html()).isEqualTo("<p>Calm " + word + ".</p>");
    assertThat(form.select(".preview script")).isEmpty();
    assertThat(found(word)).isEmpty();
  }

  @Test
  void suggestTagsOffersQuiresSuggestionsWithTheirEvidenceAndAddsOneWithoutJavaScript() throws Exception {
    String text = "Disclaimer: I do not own Merlin. Merlin and Arthur rode out of Camelot.";
    Document form = page(mvc.perform(work("Suggest", "suggest", "", text))
        .andExpect(status().isOk()).andReturn());

    assertThat(form.select(".suggestions .suggestion")).isNotEmpty();
    assertThat(form.select(".suggestions .evidence q").eachText()).allMatch(e -> !e.isBlank());
    String add = form.select(".suggestions button[name=add]").first().val();

    Document added = page(mvc.perform(work("Suggest", "suggest", "", text).param("add", add)).andExpect(status().isOk()).andReturn());
    String field = add.substring(0, add.indexOf(':'));
    String name = add.substring(add.indexOf(':') + 1);
    if (field.equals("rating")) {
      assertThat(added.select("#rating option[selected]").text()).isEqualTo(name);
    } else if (field.equals("categories")) {
      assertThat(added.select("#categories input[checked]").eachAttr("value")).contains(name);
    } else {
      assertThat(added.select("#" + field).val()).contains(name);
    }
  }

  @Test
  void editingTheFormChangesTheWork() throws Exception {
    long id = posting.post(Viewer.of(writer), Postings.oneChapter(Postings.valid("Before").build(), "Text.", false));
    String word = Postings.word();

    mvc.perform(post("/works/{id}", id).with(accounts.as(writer))
        .param("title", "After " + word).param("rating", "Teen And Up Audiences")
        .param("warnings", "No Archive Warnings Apply").param("fandoms", "Original Work"))
        .andExpect(status().is3xxRedirection());

    assertThat(found(word)).containsExactly(id);
    mvc.perform(post("/works/{id}", id).with(accounts.as(accounts.create()))
        .param("title", "Stolen").param("rating", "Teen And Up Audiences")
        .param("warnings", "No Archive Warnings Apply").param("fandoms", "Original Work"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aWorkIsDeletedAfterItsConfirmPage() throws Exception {
    String word = Postings.word();
    long id = posting.post(Viewer.of(writer), Postings.oneChapter(Postings.valid("Doomed " + word).build(),
        "Text.", false));

    Document confirm = page(mvc.perform(get("/works/{id}/confirm_delete", id).with(accounts.as(writer)))
        .andExpect(status().isOk()).andReturn());
    assertThat(confirm.select("main form").attr("action")).isEqualTo("/works/" + id + "/delete");
    mvc.perform(post("/works/{id}/delete", id).with(accounts.as(writer))).andExpect(status().is3xxRedirection());

    assertThat(found(word)).isEmpty();
  }

  @Test
  void aWorkIsOrphanedAfterItsConfirmPage() throws Exception {
    long id = posting.post(Viewer.of(writer), Postings.oneChapter(Postings.valid("Given up").build(), "Text.", false));

    mvc.perform(get("/works/{id}/orphan", id).with(accounts.as(writer))).andExpect(status().isOk());
    mvc.perform(post("/works/{id}/orphan", id).param("keepPseud", "false").with(accounts.as(writer)))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get("/works/{id}/edit", id).with(accounts.as(writer))).andExpect(status().isForbidden());
  }

  @Test
  void tagAutocompleteOffersExistingTagsOfTheKind() throws Exception {
    String fandom = "Zebra " + Postings.word();
    posting.post(Viewer.of(writer), Postings.oneChapter(Postings.valid("Z").fandoms(List.of(fandom)).build(),
        "Text.", false));

    String json = fandomsOffered(fandom.substring(0, 10));

    assertThat(json).contains("\"name\":\"" + fandom + "\"").contains("\"canonical\":false");

    String canonicalName = fandom + " - All Media Types";
    tags.named(TagKind.FANDOM, canonicalName);
    wrangling.change(Viewer.of(accounts.create(Role.WRANGLER)), canonicalName, TagKind.FANDOM,
        new TagEdit(true, null, null, null, null));
    String offered = fandomsOffered(fandom.substring(0, 10));
    assertThat(offered.indexOf("\"name\":\"" + canonicalName + "\"")).as("the canonical tag first, though longer")
        .isNotNegative().isLessThan(offered.indexOf("\"name\":\"" + fandom + "\""));
    mvc.perform(get("/autocomplete/tags").param("kind", "nonsense").param("term", "ab"))
        .andExpect(status().isBadRequest());
  }

  private String fandomsOffered(String term) throws Exception {
    return mvc.perform(get("/autocomplete/tags").param("kind", "fandom").param("term", term))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
