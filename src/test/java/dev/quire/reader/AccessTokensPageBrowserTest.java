package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The personal access tokens page in chromium, with the keyboard only: a token is created, shown
 * once, and revoked, and axe-core finds nothing serious on the page at any step.
 */
class AccessTokensPageBrowserTest extends BrowserTest {

  static final String PASSWORD = "a long synthetic passphrase";

  @Autowired TestAccounts accounts;

  @Test
  void aTokenIsCreatedShownOnceAndRevokedWithTheKeyboard() {
    Account account = accounts.create(PASSWORD);
    Page page = page(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    logIn(page, account.getUserName(), PASSWORD);

    page.navigate(url("/account/tokens"));
    assertAccessible(page, "empty");
    page.locator("#token-label").focus();
    page.keyboard().type("My uploader");
    page.keyboard().press("Tab");
    page.keyboard().press("ArrowDown"); // from "Read" to "Read and write"
    page.keyboard().press("Tab");
    page.keyboard().press("Enter");

    page.waitForSelector("#new-token");
    String token = page.inputValue("#new-token");
    assertThat(token).startsWith("quire_");
    assertThat(page.locator("table.tokens tbody tr").innerText()).contains("My uploader", "read and write");
    assertAccessible(page, "with a new token");

    page.navigate(url("/account/tokens"));
    assertThat(page.content()).doesNotContain(token);
    page.locator("table.tokens button").focus();
    page.keyboard().press("Enter");
    page.waitForSelector("text=The token was revoked");
    assertThat(page.locator("table.tokens").count()).isZero();
    assertAccessible(page, "after a revocation");
  }

  private static void assertAccessible(Page page, String state) {
    AxeResults results = axe(page).analyze();
    assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
    assertThat(results.getViolations())
        .as("serious or critical axe violations on the tokens page, %s", state)
        .filteredOn(rule -> AccessibilityTest.BLOCKING.contains(rule.getImpact()))
        .extracting(Rule::getId)
        .isEmpty();
  }
}
