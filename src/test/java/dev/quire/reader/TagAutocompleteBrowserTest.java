package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every field that names existing tags offers them as they are typed, in chromium: the search form's
 * tag fields, a bookmark's tags, and the unwrangled queue's bulk target, whose kind follows what the
 * wrangler is doing (a fandom to add the ticked tags to, or a tag of their kind to make them synonyms of).
 */
class TagAutocompleteBrowserTest extends BrowserTest {

  static final String PASSWORD = "a long synthetic passphrase";

  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;

  @Test
  void theSearchFormsTagFieldsOfferTheArchivesTags() {
    Page page = page(PHONE_WIDTH, PHONE_HEIGHT);
    page.navigate(url("/works/search"));
    page.getByText("More options").click();

    page.locator("#freeforms").fill("Lighthouses, Quillm");

    assertThat(offered(page, "#freeforms-choices", "Lighthouses, " + SampleWorks.TAG))
        .contains("Lighthouses, " + SampleWorks.TAG);
  }

  @Test
  void aBookmarksTagsAreOfferedFromTheArchivesTags() {
    Account reader = accounts.create(PASSWORD);
    Page page = page(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    logIn(page, reader.getUserName(), PASSWORD);
    page.navigate(url("/works/" + works.chaptered().id() + "/bookmarks/new"));

    page.locator("#bookmark-tags").fill("Quillm");

    assertThat(offered(page, "#bookmark-tags-choices", SampleWorks.TAG)).contains(SampleWorks.TAG);
  }

  @Test
  void theQueuesBulkTargetOffersAFandomOrATagOfTheTickedTagsKind() {
    String word = Postings.word();
    String fandom = "Completion " + word;
    String character = "Wren " + word;
    Account writer = accounts.create();
    posting.post(Viewer.of(writer), Postings.oneChapter(Postings.valid("Queue " + word).fandoms(List.of(fandom))
        .characters(List.of(character, character + " Senior")).build(), "The bells rang over the square.", false));
    Account wrangler = accounts.create(PASSWORD, Role.WRANGLER);
    Page page = page(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    logIn(page, wrangler.getUserName(), PASSWORD);
    page.navigate(url("/tags/unwrangled?kind=character&fandom=" + URLEncoder.encode(fandom, StandardCharsets.UTF_8)));

    page.getByLabel(character, new Page.GetByLabelOptions().setExact(true)).check();
    page.selectOption("#action", "fandom");
    page.locator("#target").fill("Completion " + word.substring(0, 3));
    assertThat(offered(page, "#target-choices", fandom)).contains(fandom);

    page.selectOption("#action", "synonym");
    page.locator("#target").fill(character + " Sen");
    assertThat(offered(page, "#target-choices", character + " Senior")).containsExactly(character + " Senior");
  }

  /** The values the field's list offers once the archive's answer includes {@code expected}. */
  private static List<String> offered(Page page, String list, String expected) {
    try {
      page.waitForFunction("([list, expected]) => [...document.querySelectorAll(list + ' option')]"
          + ".some(option => option.value === expected)", List.of(list, expected),
          new Page.WaitForFunctionOptions().setTimeout(10_000));
    } catch (com.microsoft.playwright.TimeoutError notOffered) {
      // Fall through: the assertion then names what was offered instead.
    }
    return page.locator(list + " option").all().stream().map(option -> option.getAttribute("value")).toList();
  }
}
