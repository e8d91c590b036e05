package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reader in chromium: by keyboard, on a phone, with and without JavaScript. */
class ReadingInBrowserTest extends BrowserTest {

  static final String DARK_PAPER = "rgb(26, 26, 29)";
  static final String LIGHT_PAPER = "rgb(253, 252, 248)";

  @Test
  void theFirstTabReachesTheSkipLinkWhichLeadsPastTheHeaderIntoTheText() {
    Page page = page(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    page.navigate(url(chapterPath(1)));

    page.keyboard().press("Tab");
    assertThat(focused(page, "textContent")).isEqualTo("Skip to content");
    assertThat(page.locator("a.skip").isVisible()).isTrue();

    page.keyboard().press("Enter");
    page.keyboard().press("Tab");
    assertThat(page.evaluate("document.querySelector('main').contains(document.activeElement)")).isEqualTo(true);
  }

  @Test
  void aKeyboardReaderFollowsTheNextChapterLink() {
    Page page = page(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    page.navigate(url(chapterPath(1)));

    tabTo(page, "a[rel=next]");
    page.keyboard().press("Enter");

    page.waitForURL(url(chapterPath(2)) + "#workskin");
    assertThat(page.locator("#chapters h3.title").textContent()).isEqualTo("Chapter 2: Summer");
  }

  @Test
  void aKeyboardReaderOpensTheSettingsAndChoosesTheDarkTheme() {
    Page page = page(DESKTOP_WIDTH, DESKTOP_HEIGHT, options -> options.setColorScheme(ColorScheme.LIGHT));
    page.navigate(url(chapterPath(1)));
    assertThat(background(page)).isEqualTo(LIGHT_PAPER);

    tabTo(page, "#reading-settings summary");
    page.keyboard().press("Enter");
    page.keyboard().press("Tab");
    assertThat(focused(page, "value")).isEqualTo("auto");
    page.keyboard().press("ArrowDown");
    page.keyboard().press("ArrowDown");
    page.keyboard().press("ArrowDown");

    assertThat(focused(page, "value")).isEqualTo("dark");
    assertThat(page.locator("html").getAttribute("data-theme")).isEqualTo("dark");
    assertThat(background(page)).isEqualTo(DARK_PAPER);

    page.keyboard().press("Escape");
    assertThat(page.locator("#reading-settings").getAttribute("open")).isNull();
    assertThat(focused(page, "tagName")).isEqualTo("SUMMARY");
  }

  @Test
  void keyboardFocusIsAlwaysVisible() {
    Page page = page(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    page.navigate(url(chapterPath(2)));

    for (int i = 0; i < 12; i++) {
      page.keyboard().press("Tab");
      assertThat(page.evaluate("getComputedStyle(document.activeElement).outlineStyle"))
          .as("outline of %s", page.evaluate("document.activeElement.outerHTML"))
          .isEqualTo("solid");
    }
  }

  @Test
  void theSettingsAreRememberedAfterReload() {
    Page page = page(PHONE_WIDTH, PHONE_HEIGHT);
    page.navigate(url(chapterPath(1)));
    page.locator("#reading-settings summary").click();
    page.getByLabel("Sepia").check();
    page.getByLabel("Sans-serif").check();
    page.getByLabel("Largest").check();
    page.getByLabel("Narrow").check();

    page.reload();

    assertThat(settings(page)).isEqualTo(Map.of("theme", "sepia", "font", "sans", "size", "xl", "width", "narrow"));
    assertThat(page.evaluate("getComputedStyle(document.documentElement).fontSize")).isEqualTo("22px");
    assertThat(page.evaluate("getComputedStyle(document.body).fontFamily").toString()).doesNotContain("Georgia");
    page.locator("#reading-settings summary").click();
    assertThat(page.getByLabel("Sepia").isChecked()).isTrue();
    assertThat(page.getByLabel("Largest").isChecked()).isTrue();
  }

  @Test
  void aRememberedThemeIsAppliedByThePageHeadBeforeTheSettingsScriptArrives() {
    Page page = page(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    page.context().addInitScript("localStorage.setItem('quire.reading', '{\"theme\":\"dark\"}')");
    page.context().route("**/js/reading-settings.js", route -> route.abort());

    page.navigate(url(workPath()));

    assertThat(background(page)).isEqualTo(DARK_PAPER);
  }

  @Test
  void withoutAChoiceTheThemeFollowsTheSystem() {
    Page dark = page(DESKTOP_WIDTH, DESKTOP_HEIGHT, options -> options.setColorScheme(ColorScheme.DARK));
    Page light = page(DESKTOP_WIDTH, DESKTOP_HEIGHT, options -> options.setColorScheme(ColorScheme.LIGHT));

    dark.navigate(url(workPath()));
    light.navigate(url(workPath()));

    assertThat(background(dark)).isEqualTo(DARK_PAPER);
    assertThat(background(light)).isEqualTo(LIGHT_PAPER);
  }

  @Test
  void anExplicitWorkStaysHiddenUntilTheReaderConsents() {
    Page page = page(PHONE_WIDTH, PHONE_HEIGHT);
    String work = url("/works/" + works.explicit().id());
    page.navigate(work);

    assertThat(page.locator("main").textContent())
        .contains("This work could have adult content")
        .doesNotContain("La gardienne du phare");

    page.getByText("Yes, Continue").click();
    assertThat(page.locator("#workskin").textContent()).contains("La gardienne du phare");

    page.navigate(work);
    assertThat(page.locator("#workskin").textContent()).contains("La gardienne du phare");
  }

  @Test
  void chapterByChapterAndEntireWorkSwitchTheView() {
    Page page = page(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    page.navigate(url(workPath() + "?view_full_work=true"));
    assertThat(page.locator("#chapters > div.chapter").count()).isEqualTo(3);

    page.getByText("Chapter by Chapter").click();
    page.waitForURL(url(chapterPath(1)));
    assertThat(page.locator("#chapters > div.chapter").count()).isEqualTo(1);

    page.locator("a[rel=next]").first().click();
    page.locator("li.entire a").click();
    page.waitForURL(url(workPath() + "?view_full_work=true#chapter-2"));
    assertThat(page.locator("#chapters > div.chapter").count()).isEqualTo(3);
  }

  @Test
  void nothingScrollsSidewaysOnA360PixelPhoneEvenInTheLargestText() {
    Page page = page(PHONE_WIDTH, PHONE_HEIGHT);
    page.context().addInitScript("localStorage.setItem('quire.reading', '{\"size\":\"xl\",\"width\":\"wide\"}')");

    for (String path : List.of("/", workPath(), chapterPath(2), workPath() + "/navigate",
        "/works/search?q=" + SampleWorks.WORD, "/works/" + works.explicit().id())) {
      page.navigate(url(path));
      assertThat(page.evaluate("document.documentElement.scrollWidth")).as(path).isEqualTo(PHONE_WIDTH);
    }
  }

  @Test
  void everyNavigationTargetOnAPhoneIsAtLeast44PixelsTall() {
    Page page = page(PHONE_WIDTH, PHONE_HEIGHT);
    page.navigate(url(chapterPath(2)));

    Object tooSmall = page.evaluate("""
        [...document.querySelectorAll('#header a:not(.skip), #header button, #header summary, '
            + '.navigation a, .chapter-jump select, .chapter-jump button, #footer a')]
          .filter(e => e.getBoundingClientRect().height < 44)
          .map(e => e.textContent.trim() + ': ' + e.getBoundingClientRect().height)""");

    assertThat((List<?>) tooSmall).isEmpty();
  }

  @Test
  void withoutJavaScriptTheChapterReadsAndItsMenuStillWorks() {
    Page page = page(PHONE_WIDTH, PHONE_HEIGHT, options -> options.setJavaScriptEnabled(false));
    page.navigate(url(chapterPath(1)));

    assertThat(page.locator("#reading-settings").isVisible()).isFalse();
    assertThat(page.locator("#workskin").textContent()).contains("(spring 1)");

    page.locator("#selected_id").selectOption(String.valueOf(works.chapter(3).id()));
    page.locator(".chapter-jump button").click();

    page.waitForURL(url(chapterPath(3)));
    assertThat(page.locator("#chapters h3.title").textContent()).isEqualTo("Chapter 3: Winter");
  }

  @Test
  void aChapterThatIsNotPartOfTheWorkIsNotFoundAndThePageSaysSo() {
    Page page = page(PHONE_WIDTH, PHONE_HEIGHT);
    long foreign = works.explicit().chapters().getFirst().id();

    Response response = page.navigate(url(workPath() + "/chapters/" + foreign));

    assertThat(response.status()).isEqualTo(404);
    assertThat(page.locator("main").textContent())
        .contains("Work " + works.chaptered().id() + " has no chapter " + foreign + ".");
  }

  private static void tabTo(Page page, String selector) {
    for (int i = 0; i < 60; i++) {
      page.keyboard().press("Tab");
      if (Boolean.TRUE.equals(page.evaluate("s => document.activeElement.matches(s)", selector))) {
        return;
      }
    }
    fail("Tab never reached " + selector);
  }

  private static Object focused(Page page, String property) {
    return page.evaluate("p => document.activeElement[p]", property);
  }

  private static Object background(Page page) {
    return page.evaluate("getComputedStyle(document.body).backgroundColor");
  }

  private static Map<String, String> settings(Page page) {
    Map<String, String> found = new java.util.HashMap<>();
    for (String name : List.of("theme", "font", "size", "width")) {
      found.put(name, page.locator("html").getAttribute("data-" + name));
    }
    return found;
  }
}
