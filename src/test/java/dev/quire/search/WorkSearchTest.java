package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.ingest.WorkPublisher;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkSummary;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Search over works with known tags and lengths, each carrying this run's own marker word. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkSearchTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired WorkQuery query;
  @Autowired MockMvc mvc;

  final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  long shortGeneral;
  long longExplicit;
  long mediumTeen;

  @BeforeAll
  void publishWorks() {
    shortGeneral = publish("Harbour Lights", 40, "General Audiences", "Teapots", "Found Family");
    longExplicit = publish("Winter Orchard", 400, "Explicit", "Teapots", "Angst");
    mediumTeen = publish("Paper Cranes", 150, "Teen And Up Audiences", "Lanterns", "Found Family");
  }

  long publish(String title, int sentences, String rating, String fandom, String freeform) {
    String body = ("<p>The " + marker + " walked along the quay and counted the boats. </p>").repeat(sentences);
    StoryDocument story = StoryDocument.builder()
        .title(title)
        .creator("Synthetic Writer")
        .summary("<p>A " + marker + " story.</p>")
        .language("en")
        .tag(TagKind.RATING, rating)
        .tag(TagKind.FANDOM, fandom)
        .tag(TagKind.FREEFORM, freeform)
        .chaptersExpected(1)
        .chapter(new StoryChapter(null, null, null, body))
        .build();
    return TestWorks.publish(publisher, story);
  }

  List<Long> ids(String text, List<String> include, List<String> exclude, WorkSort sort) {
    return query.search(Viewer.guest(), new WorkSearch(text, include, exclude, sort, null, null, java.util.Set.of(), true)).works().stream()
        .map(WorkSummary::id).toList();
  }

  @Test
  void includingATagKeepsOnlyWorksWithIt() {
    assertThat(ids(marker, List.of("fandom:Teapots"), List.of(), WorkSort.UPDATED))
        .containsExactlyInAnyOrder(shortGeneral, longExplicit);
  }

  @Test
  void aBareTagNameMatchesAnyKindIgnoringCase() {
    assertThat(ids(marker, List.of("found family"), List.of(), WorkSort.UPDATED))
        .containsExactlyInAnyOrder(shortGeneral, mediumTeen);
  }

  @Test
  void excludingATagDropsEveryWorkWithIt() {
    assertThat(ids(marker, List.of(), List.of("Explicit"), WorkSort.UPDATED))
        .containsExactlyInAnyOrder(shortGeneral, mediumTeen);
  }

  @Test
  void aCreatorFilterMatchesTheWholeNameIgnoringCase() {
    assertThat(ids(marker, List.of("creator:synthetic writer"), List.of(), WorkSort.UPDATED))
        .containsExactlyInAnyOrder(shortGeneral, longExplicit, mediumTeen);
    assertThat(ids(marker, List.of("creator:Synthetic"), List.of(), WorkSort.UPDATED)).isEmpty();
  }

  @Test
  void sortsByWordsLongestFirst() {
    assertThat(ids(marker, List.of(), List.of(), WorkSort.WORDS)).containsExactly(longExplicit, mediumTeen, shortGeneral);
  }

  @Test
  void bestMatchRanksATitleMatchFirst() {
    assertThat(ids(marker + " orchard", List.of(), List.of(), WorkSort.BEST_MATCH)).containsExactly(longExplicit);
    assertThat(ids("paper cranes " + marker, List.of(), List.of(), WorkSort.BEST_MATCH)).first().isEqualTo(mediumTeen);
  }

  @Test
  void aGeneralWorkOpensWithoutTheGate() throws Exception {
    String html = mvc.perform(get("/works/{id}", shortGeneral)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    assertThat(Jsoup.parse(html).select("div#chapter-1 div.userstuff").text()).contains(marker);
  }

  @Test
  void theSearchPageListsResultsAsAo3Blurbs() throws Exception {
    String html = mvc.perform(get("/works/search").param("q", marker).param("exclude", "Angst").param("sort", "words"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    Document page = Jsoup.parse(html);

    assertThat(page.select("li.work.blurb h4.heading a:first-child").eachText()).containsExactly("Paper Cranes", "Harbour Lights");
    assertThat(page.select("li.work.blurb h5.fandoms a.tag").eachText()).containsExactly("Lanterns", "Teapots");
  }

  @Test
  void aMalformedSortIsExplainedOnThePageAndInTheApiWithA400() throws Exception {
    String html = mvc.perform(get("/works/search").param("q", marker).param("sort", "sideways"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(Jsoup.parse(html).select(".error").text()).contains("unknown sort 'sideways'");

    mvc.perform(get("/api/v1/works").param("sort", "sideways"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("unknown sort")));
  }

  @Test
  void theApiListsSummariesWithTotal() throws Exception {
    mvc.perform(get("/api/v1/works").param("q", marker).param("include", "fandom:Teapots").param("sort", "words"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.works[0].id").value(longExplicit))
        .andExpect(jsonPath("$.works[0].title").value("Winter Orchard"))
        .andExpect(jsonPath("$.works[0].rating").value("Explicit"))
        .andExpect(jsonPath("$.works[0].creators[0]").value("Synthetic Writer"))
        .andExpect(jsonPath("$.works[0].chapters").value(1))
        .andExpect(jsonPath("$.works[0].tags.fandom[0]").value("Teapots"))
        .andExpect(jsonPath("$.works[0].words").value(400 * 10))
        .andExpect(jsonPath("$.works[0].updated").exists());
  }

  @Test
  void aTagPageListsItsWorks() throws Exception {
    String html = mvc.perform(get("/tags/{t}/works", "Lanterns")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    assertThat(Jsoup.parse(html).select("li.work.blurb h4.heading a:first-child").eachText()).contains("Paper Cranes");
  }

  @Test
  void anUnknownWorkIsA404WithAMessage() throws Exception {
    mvc.perform(get("/api/v1/works/{id}", 987654321L))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("There is no work 987654321."));
    mvc.perform(get("/works/{id}", 987654321L)).andExpect(status().isNotFound());
  }
}
