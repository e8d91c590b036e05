package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import dev.quire.report.Reports;
import dev.quire.report.Reports.ReportForm;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core on every posting page, as a logged-in writer sees it in chromium, problems shown too,
 * and on the moderation pages as an admin sees them.
 * (MockMvc tests send CSRF tokens with {@code TestAccounts.csrf()}, never spring-security-test's,
 * which would swap the shared archive's token store and refuse this browser's log-in.)
 */
class PostingPagesAccessibilityTest extends BrowserTest {

  static final Set<String> BLOCKING = Set.of("serious", "critical");

  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired Reports reports;

  @Test
  void axeFindsNoSeriousOrCriticalViolationsOnThePostingPages() {
    Account writer = accounts.create("correct horse battery");
    long id = posting.post(Viewer.of(writer), Postings.oneChapter(Postings.valid("Accessible").build(), "Text.", true));
    Page page = page(PHONE_WIDTH, PHONE_HEIGHT);
    logIn(page, writer.getUserName(), "correct horse battery");

    for (String path : List.of("/works/new", "/works/" + id + "/edit", "/works/" + id + "/chapters/manage",
        "/works/" + id + "/chapters/new", "/works/" + id + "/confirm_delete", "/works/" + id + "/orphan",
        "/users/" + writer.getUserName() + "/works/drafts", "/users/" + writer.getUserName() + "/creatorships")) {
      page.navigate(url(path));
      assertNoBlockingViolations(page, path);
    }

    page.navigate(url("/works/new"));
    assertThat(page.locator("button[value=post]").count()).as("the form, logged in, at %s", page.url()).isEqualTo(1);
    page.locator("button[value=post]").click();
    assertThat(page.locator(".error-summary").isVisible()).isTrue();
    assertNoBlockingViolations(page, "/works/new with problems");
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolationsOnTheModerationPages() {
    Account writer = accounts.create();
    Account admin = accounts.create("correct horse battery", Role.ADMIN);
    long id = posting.post(Viewer.of(writer), Postings.oneChapter(Postings.valid("Moderated").build(), "Text.", true));
    Page page = page(PHONE_WIDTH, PHONE_HEIGHT);
    logIn(page, admin.getUserName(), "correct horse battery");

    for (String path : List.of("/works/" + id, "/admin/users", "/admin/users?name=" + writer.getUserName())) {
      page.navigate(url(path));
      assertNoBlockingViolations(page, path);
    }
    assertThat(page.locator("button", new Page.LocatorOptions().setHasText("Save roles")).count()).isEqualTo(1);
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolationsOnTheReportAndSettingsPages() {
    Account writer = accounts.create();
    Account admin = accounts.create("correct horse battery", Role.ADMIN);
    long id = posting.post(Viewer.of(writer), Postings.oneChapter(Postings.valid("Reported").build(), "Text.", false));
    reports.file(Viewer.guest(), id, new ReportForm("spam", "An advertisement.", "reader@example.org"), "192.0.2.2");
    Page page = page(PHONE_WIDTH, PHONE_HEIGHT);
    page.navigate(url("/works/" + id + "/report"));
    assertNoBlockingViolations(page, "/works/" + id + "/report, as a guest");
    page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Send report")).click();
    assertThat(page.locator("#details-error").isVisible()).isTrue();
    assertNoBlockingViolations(page, "/works/" + id + "/report with problems");

    logIn(page, admin.getUserName(), "correct horse battery");
    for (String path : List.of("/works/" + id + "/report", "/admin/settings", "/admin/reports")) {
      page.navigate(url(path));
      assertNoBlockingViolations(page, path);
    }
    assertThat(page.locator("button", new Page.LocatorOptions().setHasText("Hide Work")).count()).isPositive();
  }

  private static void assertNoBlockingViolations(Page page, String where) {
    AxeResults results = axe(page).analyze();
    assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
    assertThat(results.getViolations())
        .as("serious or critical axe violations on %s", where)
        .filteredOn(rule -> BLOCKING.contains(rule.getImpact()))
        .extracting(rule -> rule.getId() + " " + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList())
        .isEmpty();
  }
}
