package dev.quire.work.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.ingest.Importer;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails.SuggestionView;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What editors reject, the archive trusts less: after wranglers reject the characters a way of
 * finding offered on three works, a new work's characters found that way come at a lower
 * confidence whose evidence says why, while the fandoms they accepted keep theirs. In an archive
 * of its own, since the record is the whole archive's; on both deployments.
 */
@Tag(ArchiveTest.WHOLE_ARCHIVE)
@SpringBootTest
@AutoConfigureMockMvc
class SuggestionRecordTest {

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveTest.deployment(registry, ArchiveTest.newDataFolder());
  }

  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @Test
  void rejectedCharactersComeLessConfidentlyAndSayWhyAcceptedFandomsDoNot() throws Exception {
    Account wrangler = accounts.create(Role.WRANGLER);
    long first = KitchenStories.importStory(importer, "First Loaf", "sourdough");
    List<SuggestionView> before = waiting(first);
    SuggestionView characterBefore = ofKind(before, "character").getFirst();
    SuggestionView fandomBefore = ofKind(before, "fandom").getFirst();
    assertThat(characterBefore.confidence()).isGreaterThan(0.5);

    int rejected = 0;
    for (long work : List.of(first, KitchenStories.importStory(importer, "Second Loaf", "rye"),
        KitchenStories.importStory(importer, "Third Loaf", "spelt"))) {
      for (SuggestionView character : ofKind(waiting(work), "character")) {
        decide(wrangler, work, character, "reject");
        rejected++;
      }
      decide(wrangler, work, ofKind(waiting(work), "fandom").getFirst(), "accept");
    }
    // A suggestion rejected again is one decision, not two.
    decide(wrangler, first, characterBefore, "reject");

    List<SuggestionView> after = waiting(KitchenStories.importStory(importer, "Fourth Loaf", "barley"));
    SuggestionView characterAfter = after.stream()
        .filter(s -> s.kind().equals("character") && s.name().equals(characterBefore.name())).findFirst().orElseThrow();
    SuggestionView fandomAfter = ofKind(after, "fandom").getFirst();

    assertThat(rejected).isGreaterThanOrEqualTo(3);
    assertThat(characterAfter.confidence()).isLessThan(characterBefore.confidence() * 0.7);
    assertThat(characterAfter.evidence()).isEqualTo(characterBefore.evidence()
        + String.format(Locale.ROOT, "; lowered from %.2f: editors here accepted 0 of %d suggestions of a character"
            + " the text names", characterBefore.confidence(), rejected));
    assertThat(fandomAfter.name()).isEqualTo(fandomBefore.name());
    assertThat(fandomAfter.confidence()).isCloseTo(fandomBefore.confidence(), within(1e-9));
    assertThat(fandomAfter.evidence()).isEqualTo(fandomBefore.evidence());
  }

  private void decide(Account wrangler, long work, SuggestionView suggestion, String decision) throws Exception {
    mvc.perform(post("/works/{w}/suggestions/{s}/" + decision, work, suggestion.id()).with(accounts.as(wrangler)))
        .andExpect(status().is3xxRedirection());
  }

  private List<SuggestionView> waiting(long work) {
    return catalog.details(Viewer.guest(), work).orElseThrow().suggestions();
  }

  private static List<SuggestionView> ofKind(List<SuggestionView> suggestions, String kind) {
    return suggestions.stream().filter(s -> s.kind().equals(kind)).toList();
  }
}
