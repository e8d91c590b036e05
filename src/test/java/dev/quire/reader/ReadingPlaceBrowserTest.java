package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.ChapterText;
import dev.quire.posting.NewWork;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reader's place, saved by the reading page's own script in chromium: a reader scrolls into a
 * long chapter, stops, and Resume — opened in another browser, as on another device — brings the
 * same paragraph to the top of the window.
 */
class ReadingPlaceBrowserTest extends BrowserTest {

  static final String PASSWORD = "a long synthetic passphrase";

  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired ReadingHistory history;

  @Test
  void resumeOnAnotherDeviceOpensTheChapterAtTheParagraphWhereReadingStopped() {
    Account reader = accounts.create(PASSWORD);
    String paragraphs = IntStream.range(0, 80).mapToObj(i -> "Paragraph " + i + " of the long chapter, about the sea.")
        .collect(Collectors.joining("\n\n"));
    long work = posting.post(Viewer.of(accounts.create()), new NewWork(Postings.valid("Long tide " + Postings.word())
        .build(), List.of(ChapterText.plain("One", "A short opening."), ChapterText.plain("Two", paragraphs)), false));
    long chapter = posting.chapters(Viewer.archive(), work).get(1).id();

    Page phone = page(PHONE_WIDTH, PHONE_HEIGHT);
    logIn(phone, reader.getUserName(), PASSWORD);
    phone.navigate(url("/works/" + work + "/chapters/" + chapter));
    phone.evaluate("document.querySelectorAll('#chapters div.chapter .userstuff.module p')[50].scrollIntoView()");
    long until = System.nanoTime() + 15_000_000_000L;
    while (history.of(Viewer.of(reader), work).map(r -> r.paragraph()).orElse(0) == 0 && System.nanoTime() < until) {
      phone.waitForTimeout(500);
    }
    assertThat(history.of(Viewer.of(reader), work)).hasValueSatisfying(r -> {
      assertThat(r.chapter()).isEqualTo(2);
      assertThat(r.paragraph()).isEqualTo(50);
    });

    Page desktop = page(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    logIn(desktop, reader.getUserName(), PASSWORD);
    desktop.navigate(url("/works/" + work + "/resume"));
    assertThat(desktop.url()).endsWith("/chapters/" + chapter + "#place-50");
    double top = ((Number) desktop.evaluate(
        "document.querySelectorAll('#chapters div.chapter .userstuff.module p')[50].getBoundingClientRect().top"))
        .doubleValue();
    assertThat(top).as("paragraph 50 at the top of the window").isBetween(-5.0, 60.0);
  }
}
