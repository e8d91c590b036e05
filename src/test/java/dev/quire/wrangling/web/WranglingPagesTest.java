package dev.quire.wrangling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.AccessTokens;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.bookmark.BookmarkForm;
import dev.quire.bookmark.Bookmarks;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.TagRefiling;
import dev.quire.search.TestWorks;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagSlug;
import dev.quire.tag.Tags;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The wrangling pages and API as a wrangler uses them. */
class WranglingPagesTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AccessTokens tokens;
  @Autowired WorkPublisher publisher;
  @Autowired TagRefiling refiling;
  @Autowired Tags tags;

  @Autowired Bookmarks bookmarks;

  String marker;
  Account wrangler;
  long work;

  @BeforeEach
  void aWranglerAndAWork() {
    marker = TestWorks.marker();
    wrangler = accounts.create(Role.WRANGLER);
    work = TestWorks.publish(publisher, StoryDocument.builder().title("Lana's day " + marker).creator("Writer")
        .tag(TagKind.FANDOM, "Smallville " + marker).tag(TagKind.CHARACTER, "Lana " + marker)
        .tag(TagKind.RATING, "General Audiences")
        .chapter(new StoryChapter(null, null, null, "<p>Words of " + marker + ".</p>")).build());
    tags.named(TagKind.CHARACTER, "Lana Lang " + marker);
  }

  @Test
  void aWranglerMakesATagASynonymOnItsPageAndSeesTheChangeInItsTrail() throws Exception {
    save("Lana Lang " + marker, "canonical", "true");
    bookmarks.save(Viewer.of(accounts.create()), work, BookmarkForm.typed(null, "", false, false));
    bookmarks.save(Viewer.of(accounts.create()), work, BookmarkForm.typed(null, "", false, true));

    mvc.perform(post("/tags/{t}/edit", slug("Lana " + marker)).param("synonym_of", "Lana Lang " + marker)
            .with(accounts.as(wrangler)))
        .andExpect(status().is3xxRedirection());
    refileAll();

    Document page = page(get("/tags/{t}/edit", slug("Lana Lang " + marker)));
    assertThat(page.select("dd.kind").text()).isEqualTo("Character");
    assertThat(page.select("dd.synonyms a.tag").eachText()).containsExactly("Lana " + marker);
    assertThat(page.select("dd.works").text()).startsWith("1 ");
    assertThat(page.select("dd.bookmarks").text()).as("public bookmarks only").isEqualTo("1");
    Document synonym = page(get("/tags/{t}/edit", slug("Lana " + marker)));
    assertThat(synonym.select("#synonym_of").val()).isEqualTo("Lana Lang " + marker);
    assertThat(synonym.select(".tag-changes td").eachText()).contains(wrangler.getUserName(), "synonym of", "(none)");
    assertThat(synonym.select(".refiles li").text()).contains("1 of 1 works re-filed");
    Document works = Jsoup.parse(mvc.perform(get("/tags/{t}/works", slug("Lana Lang " + marker)))
        .andReturn().getResponse().getContentAsString());
    assertThat(works.select("li.work h4 a").eachText()).contains("Lana's day " + marker);
    assertThat(page(get("/tags/{t}/works", slug("Lana Lang " + marker))).select("p.wrangle a").attr("href"))
        .as("a wrangler's link to the tag's wrangling page").isEqualTo("/tags/" + slug("Lana Lang " + marker).replace(" ", "%20")
            + "/edit?kind=character");
    assertThat(works.select("p.wrangle")).as("a guest's tag page").isEmpty();
  }

  @Test
  void aRefusedChangeComesBackWithWhyAndChangesNothing() throws Exception {
    String body = mvc.perform(post("/tags/{t}/edit", slug("Lana " + marker)).param("synonym_of", "Lana Lang " + marker)
            .with(accounts.as(wrangler)))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

    assertThat(Jsoup.parse(body).select("p.error").text()).contains("is not canonical");
    assertThat(page(get("/tags/{t}/edit", slug("Lana " + marker))).select("#synonym_of").val()).isEmpty();
  }

  @Test
  void theLastChangeIsUndoneFromTheTagsPage() throws Exception {
    save("Lana " + marker, "unwrangleable", "true");

    mvc.perform(post("/tags/{t}/undo", slug("Lana " + marker)).with(accounts.as(wrangler)))
        .andExpect(status().is3xxRedirection());

    assertThat(page(get("/tags/{t}/edit", slug("Lana " + marker))).select("#unwrangleable").hasAttr("checked")).isFalse();
  }

  @Test
  void aTagsKindIsChangedOnItsPage() throws Exception {
    assertThat(page(get("/tags/{t}/edit", slug("Lana " + marker))).select("#new_kind option[selected]").text())
        .isEqualTo("Character");

    mvc.perform(post("/tags/{t}/edit", slug("Lana " + marker)).param("kind", "character").param("new_kind", "freeform")
            .with(accounts.as(wrangler)))
        .andExpect(status().is3xxRedirection());

    Document page = page(get("/tags/{t}/edit", slug("Lana " + marker)));
    assertThat(page.select("dd.kind").text()).isEqualTo("Additional Tags");
    assertThat(page.select(".tag-changes td").eachText()).contains("kind", "character", "freeform");
  }

  @Test
  void theQueueListsAFandomsUnwrangledTagsAndWranglesTheTickedOnes() throws Exception {
    Document queue = page(get("/tags/unwrangled").param("fandom", "Smallville " + marker).param("kind", "character"));
    assertThat(queue.select("table.unwrangled a.tag").eachText()).containsExactly("Lana " + marker);

    mvc.perform(post("/tags/unwrangled").param("fandom", "Smallville " + marker).param("kind", "character")
            .param("action", "canonical").param("tags", queue.select("input[name=tags]").val())
            .with(accounts.as(wrangler)))
        .andExpect(status().is3xxRedirection());

    assertThat(page(get("/tags/unwrangled").param("fandom", "Smallville " + marker).param("kind", "character"))
        .select("main p").eachText()).contains("No unwrangled tags here.");
    assertThat(page(get("/tags/{t}/edit", slug("Lana " + marker))).select("#canonical").hasAttr("checked")).isTrue();
  }

  @Test
  void theApiReadsAndChangesATagForAWranglersToken() throws Exception {
    String token = "Bearer " + tokens.issue(Viewer.of(wrangler), "wrangling", true).token();
    mvc.perform(get("/api/v1/tags/unwrangled").param("fandom", "Smallville " + marker).param("kind", "character")
            .header("Authorization", token))
        .andExpect(status().isOk()).andExpect(jsonPath("$.tags.length()").value(1))
        .andExpect(jsonPath("$.tags[0].name").value("Lana " + marker))
        .andExpect(jsonPath("$.tags[0].kind").value("character")).andExpect(jsonPath("$.tags[0].uses").value(1));
    mvc.perform(patch("/api/v1/tags/{t}", slug("Lana Lang " + marker)).header("Authorization", token)
            .contentType("application/json").content("{\"canonical\":true}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.canonical").value(true));

    mvc.perform(patch("/api/v1/tags/{t}", slug("Lana " + marker)).header("Authorization", token)
            .contentType("application/json").content("{\"synonymOf\":\"Lana Lang " + marker + "\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.synonymOf").value("Lana Lang " + marker))
        .andExpect(jsonPath("$.changes[0].what").value("synonym of"))
        .andExpect(jsonPath("$.refiles[0].total").value(1));
    mvc.perform(get("/api/v1/tags/unwrangled").param("fandom", "Smallville " + marker).param("kind", "character")
            .header("Authorization", token))
        .andExpect(status().isOk()).andExpect(jsonPath("$.tags.length()").value(0));
    mvc.perform(get("/api/v1/tags/{t}", slug("Lana Lang " + marker)).header("Authorization", token))
        .andExpect(status().isOk()).andExpect(jsonPath("$.synonyms[0]").value("Lana " + marker))
        .andExpect(jsonPath("$.kind").value("character")).andExpect(jsonPath("$.works").value(1))
        .andExpect(jsonPath("$.bookmarks").value(0));
    mvc.perform(patch("/api/v1/tags/{t}", slug("Lana Lang " + marker)).header("Authorization", token)
            .contentType("application/json").content("{\"metaTags\":[\"Smallville " + marker + "\"]}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.message").value(
            "There is no character tag 'Smallville " + marker + "'."));
    mvc.perform(get("/api/v1/tags/{t}", "Nobody " + marker).header("Authorization", token))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/tags/unwrangled").param("kind", "rating").header("Authorization", token))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void theCanonicalTagsFeedsListASynonymsWorksOnceTheyAreRefiled() throws Exception {
    save("Lana Lang " + marker, "canonical", "true");
    String canonical = slug("Lana Lang " + marker);
    assertThat(feed(get("/tags/{t}/feed.atom", canonical))).doesNotContain("Lana's day " + marker);
    assertThat(feed(get("/opds/tags/character/{t}", canonical))).doesNotContain("Lana's day " + marker);

    save("Lana " + marker, "synonym_of", "Lana Lang " + marker);
    refileAll();

    assertThat(feed(get("/tags/{t}/feed.atom", canonical))).contains("Lana's day " + marker);
    assertThat(feed(get("/opds/tags/character/{t}", canonical))).contains("Lana's day " + marker);
  }

  private String feed(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aRelationshipsCharactersAreOfferedAsItsParentsAndShownOnBothTagsPages() throws Exception {
    String lana = "Lana Lang " + marker;
    String lois = "Lois Lane " + marker;
    String relationship = "Lana Lang/Lois Lane " + marker;
    tags.named(TagKind.CHARACTER, lois);
    tags.named(TagKind.RELATIONSHIP, relationship);
    for (String parent : java.util.List.of("Smallville " + marker, lana, lois)) {
      save(parent, "canonical", "true");
    }

    Document edit = page(get("/tags/{t}/edit", slug(relationship)));
    String kinds = edit.select("#parents").attr("data-kind");
    assertThat(kinds).isEqualTo("fandom,character");
    String offered = mvc.perform(get("/autocomplete/tags").param("kind", kinds).param("term", marker))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(offered).contains(lana, lois, "Smallville " + marker).doesNotContain(relationship);
    mvc.perform(post("/tags/{t}/edit", slug(relationship)).param("canonical", "true")
            .param("parents", "Smallville " + marker + ", " + lana + ", " + lois).with(accounts.as(wrangler)))
        .andExpect(status().is3xxRedirection());

    Document relationshipPage = page(get("/tags/{t}", slug(relationship)));
    assertThat(related(relationshipPage, "Characters:")).containsExactly(lana, lois);
    assertThat(related(relationshipPage, "Fandoms:")).containsExactly("Smallville " + marker);
    assertThat(related(page(get("/tags/{t}", slug(lois))), "Relationships:")).containsExactly(relationship);
    assertThat(page(get("/tags/{t}", slug("Lana " + marker))).select("dl.related-tags")).as("nothing linked").isEmpty();
  }

  /** The tags a tag's page lists under {@code label}. */
  private static java.util.List<String> related(Document page, String label) {
    return page.select("dl.related-tags dt:containsOwn(" + label + ") + dd a.tag").eachText();
  }

  private void save(String tag, String field, String value) throws Exception {
    mvc.perform(post("/tags/{t}/edit", slug(tag)).param(field, value).with(accounts.as(wrangler)))
        .andExpect(status().is3xxRedirection());
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request.with(accounts.as(wrangler)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  private void refileAll() {
    while (refiling.refileWaiting() > 0) {
      // each batch is written; the next takes what is left
    }
  }

  private static String slug(String name) {
    return TagSlug.encode(name);
  }
}
