package dev.quire.posting.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.AccessTokens;
import dev.quire.account.TestAccounts;
import dev.quire.posting.Postings;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Writers who post at the same moment with the same tag nobody has used yet: each gets 201, and
 * the archive holds that tag once. (A load test of writers on a cluster found 500s here: both
 * requests inserted the tag and the second broke its unique key.)
 */
class ConcurrentTagsTest extends ArchiveTest {

  private static final int WRITERS = 6;

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AccessTokens tokens;
  @Autowired TagRepository tags;

  @Test
  void writersNamingOneNewTagAtOnceAllPostAndShareIt() throws Exception {
    String word = Postings.word();
    String fandom = "Harbour Tales " + word;
    String freeform = "Lamps at Dusk " + word;
    List<ApiClient> writers = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      writers.add(ApiClient.of(mvc, tokens, accounts.create()));
    }
    CyclicBarrier together = new CyclicBarrier(WRITERS);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        ApiClient writer = writers.get(i);
        String body = """
            {"title": "Dusk %d %s", "rating": "General Audiences",
             "warnings": ["No Archive Warnings Apply"], "fandoms": ["%s"], "freeforms": ["%s"],
             "chapters": [{"title": "One", "text": "The lamp was lit at dusk."}]}
            """.formatted(i, word, fandom, freeform);
        answers.add(pool.submit(() -> {
          together.await();
          return writer.post("/api/v1/works", body);
        }));
      }
      for (Future<MockHttpServletResponse> answer : answers) {
        MockHttpServletResponse response = answer.get();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(tags.findByKindAndNameIgnoreCase(TagKind.FANDOM, fandom)).hasSize(1);
    assertThat(tags.findByKindAndNameIgnoreCase(TagKind.FREEFORM, freeform)).hasSize(1);
  }
}
