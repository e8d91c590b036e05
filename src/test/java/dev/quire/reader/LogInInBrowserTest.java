package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Logging in and out in chromium by keyboard alone, on pages axe finds nothing serious on. */
class LogInInBrowserTest extends BrowserTest {

  private static final String PASSWORD = "a quiet library";

  @Autowired TestAccounts accounts;

  @Test
  void aPersonLogsInAndOutByKeyboardOnAccessiblePages() {
    Account account = accounts.create(PASSWORD);
    Page page = page(PHONE_WIDTH, PHONE_HEIGHT);
    page.navigate(url("/users/login"));
    assertAccessible(page, "log-in");

    page.locator("#user_login").focus();
    page.keyboard().type(account.getUserName());
    page.keyboard().press("Tab");
    page.keyboard().type(PASSWORD);
    page.keyboard().press("Tab");
    page.keyboard().press("Space");
    page.keyboard().press("Enter");
    page.waitForURL(url("/"));

    assertThat(page.locator("#header a[href='/account']").textContent()).isEqualTo(account.getUserName());
    page.navigate(url("/account"));
    assertAccessible(page, "account");
    page.navigate(url("/users/logout"));
    assertAccessible(page, "log-out");
    page.locator("form.log-out button").focus();
    page.keyboard().press("Enter");
    page.waitForURL(url("/"));
    assertThat(page.locator("#header a[href='/users/login']").count()).isOne();
  }

  private static void assertAccessible(Page page, String name) {
    assertThat(axe(page).analyze().getViolations())
        .as("serious or critical axe violations on the %s page", name)
        .filteredOn(rule -> Set.of("serious", "critical").contains(rule.getImpact()))
        .extracting(Rule::getId)
        .isEmpty();
  }
}
