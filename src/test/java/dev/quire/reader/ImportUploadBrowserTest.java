package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.search.TestWorks;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An archivist uploads a file at {@code /imports} in a real browser, over HTTP: the form's CSRF
 * token travels in the multipart body, and the run's report follows.
 */
class ImportUploadBrowserTest extends BrowserTest {

  @Autowired TestAccounts accounts;

  @Test
  void anArchivistUploadsAFileAndReadsTheRunsReport() {
    Account archivist = accounts.create("an archivist's passphrase", Role.ARCHIVIST);
    String marker = TestWorks.marker();
    Page page = page(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    logIn(page, archivist.getUserName(), "an archivist's passphrase");

    page.navigate(url("/imports"));
    page.locator("#import-files").setInputFiles(new FilePayload("ferry-" + marker + ".txt", "text/plain",
        ("Title: Ferry " + marker + "\n\n" + "The ferry crossed at night.\n\n".repeat(5)).getBytes(StandardCharsets.UTF_8)));
    page.locator("form.import button[type=submit]").click();

    // The report's address is known before its page has loaded: wait for the load, then read it.
    page.waitForURL(Pattern.compile(".*/imports/[0-9]+$"));
    assertThat(page.content()).contains("ferry-" + marker + ".txt");
  }
}
