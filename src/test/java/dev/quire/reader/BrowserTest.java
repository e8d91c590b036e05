package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.quire.ArchiveTest;
import dev.quire.ingest.Importer;
import dev.quire.work.WorkCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of tests that read the archive in chromium, over HTTP on the test archive's port.
 * {@link #page} gives a test a fresh browser context (no cookies, no stored settings), closed
 * after it; {@link #keptPage} one kept across the class's tests, for a class that visits many pages
 * (a new browser context and its first page cost chromium about half a second).
 */
@ExtendWith(Chromium.class)
abstract class BrowserTest extends ArchiveTest {

  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

  static final int PHONE_WIDTH = 360;
  static final int PHONE_HEIGHT = 800;
  static final int DESKTOP_WIDTH = 1280;
  static final int DESKTOP_HEIGHT = 900;

  @LocalServerPort int port;
  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;

  Browser browser;
  SampleWorks works;
  private final List<BrowserContext> contexts = new ArrayList<>();
  /** The pages {@link #keptPage} keeps, by name, until the class's tests are done. */
  private static final Map<String, Page> KEPT = new HashMap<>();

  @BeforeEach
  void startReading(Browser browser) {
    this.browser = browser;
    this.works = SampleWorks.importInto(importer, catalog);
  }

  @AfterEach
  void closeContexts() {
    contexts.forEach(BrowserContext::close);
    contexts.clear();
  }

  /** A new page in a new browser context of this viewport size. */
  Page page(int width, int height) {
    return page(width, height, options -> options);
  }

  Page page(int width, int height, UnaryOperator<Browser.NewContextOptions> options) {
    BrowserContext context = browser.newContext(
        options.apply(new Browser.NewContextOptions().setViewportSize(width, height)));
    contexts.add(context);
    return context.newPage();
  }

  /**
   * The page kept under {@code name} across this class's tests: the first time, a new page in a new
   * browser context of this viewport size, handed to {@code prepare} (to log in, to choose a theme)
   * and kept only if that succeeds. Its cookies and storage last from test to test.
   */
  Page keptPage(String name, int width, int height, UnaryOperator<Browser.NewContextOptions> options,
      Consumer<Page> prepare) {
    Page kept = KEPT.get(name);
    if (kept == null) {
      BrowserContext context = browser.newContext(
          options.apply(new Browser.NewContextOptions().setViewportSize(width, height)));
      kept = context.newPage();
      try {
        prepare.accept(kept);
      } catch (RuntimeException | AssertionError failed) {
        context.close();
        throw failed;
      }
      KEPT.put(name, kept);
    }
    return kept;
  }

  @AfterAll
  static void closeKeptPages() {
    KEPT.values().forEach(page -> page.context().close());
    KEPT.clear();
  }

  /**
   * Logs the page's browser in as AO3's clients do: a token from the dispenser, then the log-in form
   * posted with it. The request shares the page's cookies, so the page is logged in after.
   */
  void logIn(Page page, String login, String password) {
    Matcher token = TOKEN.matcher(page.request().get(url("/token_dispenser.json")).text());
    assertThat(token.find()).as("a token from the dispenser").isTrue();
    int status = page.request().post(url("/users/login"), RequestOptions.create().setMaxRedirects(0)
        .setTimeout(120_000).setForm(FormData.create()
        .set("user[login]", login).set("user[password]", password).set("authenticity_token", token.group(1))))
        .status();
    assertThat(status).as("logging in").isEqualTo(302);
  }

  /**
   * axe, run in the page itself: Quire's pages have no frames, so "legacy mode" skips opening
   * another page to merge each frame's results.
   */
  static AxeBuilder axe(Page page) {
    return new AxeBuilder(page).setLegacyMode(true);
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  String workPath() {
    return "/works/" + works.chaptered().id();
  }

  String chapterPath(int position) {
    return workPath() + "/chapters/" + works.chapter(position).id();
  }
}
