package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * axe-core on every kind of page in every theme, and screenshots of the pages at a phone's and a
 * desktop's size in {@code target/screenshots/} for a person to look at. On the cluster deployment
 * only the light theme is checked: the others change nothing but colours. axe reads each theme's
 * pages in one kept browser page ({@link #keptPage}), its cookies cleared before each.
 */
class AccessibilityTest extends BrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Set<String> BLOCKING = Set.of("serious", "critical");
  static final List<String> PAGES = List.of("home", "work", "chapter", "navigate", "search", "tag", "adult",
      "fandoms", "tags", "creator", "series", "suggestions");

  @ParameterizedTest(name = "{0} page in the {1} theme")
  @CsvSource({
      "home, light", "work, light", "chapter, light", "navigate, light", "search, light", "tag, light", "adult, light",
      "home, dark", "work, dark", "chapter, dark", "navigate, dark", "search, dark", "tag, dark", "adult, dark",
      "fandoms, light", "tags, light", "fandoms, dark", "tags, dark",
      "creator, light", "series, light", "creator, dark", "series, dark",
      "suggestions, light", "suggestions, dark"})
  void axeFindsNoSeriousOrCriticalViolations(String name, String theme) {
    assertNoBlockingViolations(name, theme, axe -> axe);
  }

  /** Sepia changes only colours, so only the rules about colour run there. */
  @ParameterizedTest(name = "{0} page")
  @CsvSource({"home", "work", "chapter", "navigate", "search", "tag", "adult", "fandoms", "tags", "creator", "series", "suggestions"})
  void theSepiaThemeHasEnoughContrast(String name) {
    assertNoBlockingViolations(name, "sepia", axe -> axe.withRules(List.of("color-contrast", "link-in-text-block")));
  }

  private void assertNoBlockingViolations(String name, String theme, UnaryOperator<AxeBuilder> rules) {
    // A theme is the stylesheet's colours, chosen in the browser; what a deployment changes is the
    // page's markup and content, which the light theme checks on both.
    assumeFalse(onCluster() && !theme.equals("light"),
        "the dark and sepia themes are the same stylesheet on every deployment: checked on the embedded one");
    Page page = keptPage(theme, PHONE_WIDTH, PHONE_HEIGHT, options -> options.setColorScheme(ColorScheme.LIGHT),
        fresh -> themed(fresh, theme));
    page.context().clearCookies();
    page.navigate(url(path(name)));

    AxeResults results = rules.apply(axe(page)).analyze();
    System.out.println(report(name + " page, " + theme + " theme", results.getViolations()));

    assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
    assertThat(results.getViolations())
        .as("serious or critical axe violations on the %s page in the %s theme", name, theme)
        .filteredOn(rule -> BLOCKING.contains(rule.getImpact()))
        .extracting(Rule::getId)
        .isEmpty();
  }

  @Test
  void everyPageFitsAPhoneAndADesktopAndIsPhotographed() {
    for (int[] size : new int[][] {{PHONE_WIDTH, PHONE_HEIGHT}, {DESKTOP_WIDTH, DESKTOP_HEIGHT}}) {
      for (String theme : List.of("light", "dark")) {
        Page page = themedPage(theme, size[0], size[1]);
        for (String name : theme.equals("light") ? PAGES : List.of("work", "chapter")) {
          page.navigate(url(path(name)));
          page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
              .setPath(SCREENSHOTS.resolve(name + "-" + size[0] + "x" + size[1] + "-" + theme + ".png")));

          assertThat(page.evaluate("document.documentElement.scrollWidth"))
              .as("width of the %s page at %d pixels", name, size[0])
              .isEqualTo(size[0]);
        }
      }
    }
  }

  /** A page of this size in the theme, in a browser context of its own that closes after the test. */
  private Page themedPage(String theme, int width, int height) {
    return themed(page(width, height, options -> options.setColorScheme(ColorScheme.LIGHT)), theme);
  }

  private static Page themed(Page page, String theme) {
    if (!theme.equals("light")) {
      page.context().addInitScript(
          "localStorage.setItem('quire.reading', JSON.stringify({theme: '" + theme + "'}))");
    }
    return page;
  }

  private String path(String name) {
    return switch (name) {
      case "home" -> "/";
      case "work" -> workPath() + "?view_full_work=true";
      case "chapter" -> chapterPath(2);
      case "navigate" -> workPath() + "/navigate";
      case "search" -> "/works/search?q=" + SampleWorks.WORD;
      case "tag" -> "/tags/" + SampleWorks.TAG.replace(" ", "%20");
      case "fandoms" -> "/fandoms";
      case "tags" -> "/tags";
      case "adult" -> "/works/" + works.explicit().id();
      case "creator" -> works.chaptered().summary().bylines().getFirst().pseudPath();
      case "series" -> "/series/" + works.chaptered().series().getFirst().seriesId();
      case "suggestions" -> "/suggestions";
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static String report(String where, List<Rule> violations) {
    if (violations.isEmpty()) {
      return "axe: " + where + ": no violations";
    }
    return violations.stream()
        .map(rule -> "  [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + "\n"
            + rule.getNodes().stream()
                .map(node -> "      " + node.getTarget() + " " + firstLine(node.getFailureSummary()))
                .collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n", "axe: " + where + ": " + violations.size() + " violations\n", ""));
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().skip(1).findFirst().orElse(text).trim();
  }
}
