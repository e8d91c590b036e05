package dev.quire.work.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * FanFicFare's OTW adapter (the one it reads AO3 with) pointed at an archive: the same requests,
 * selectors, regular expressions and string tests, translated from BeautifulSoup to jsoup, so that
 * a test sees each field as FanFicFare would store it. Read from {@code
 * fanficfare/adapters/base_otw_adapter.py} in JimmXinu/FanFicFare at commit
 * 06ea643ae4a6270dab88c4b1d2bd20eb24eabebd ({@code getSiteURLPattern}, {@code needToLoginCheck},
 * {@code extractChapterUrlsAndMetadata}, {@code getChapterTextNum}, {@code
 * get_series_from_page}), with {@code makeDate} from {@code base_adapter.py} and {@code stripHTML}
 * from {@code htmlcleanup.py}. Login is left out: the archive has no accounts, and the adapter
 * logs in only when a page asks for it ({@link #needsLogin} is checked instead).
 *
 * <p>BeautifulSoup's {@code find(tag, {'class': 'a b'})} matches the whole class attribute when
 * the value holds a space and any one class otherwise ({@link #byClass}); {@code re.compile} in
 * {@code find} searches ({@link Matcher#find}); {@code re.match} anchors at the start only
 * ({@link Matcher#lookingAt}); Python 3's {@code \w} is Unicode-aware. The adapter writes {@code
 * https://} before the host; the archive under test speaks plain HTTP, so its address stands in.
 */
final class OtwAdapter {

  static final Pattern ADULT_NOTICE = Pattern.compile(
      "This work could have adult content. If you (continue,|proceed) you have agreed that you are willing to see such content.");
  private static final Pattern NO_PERMISSION = Pattern.compile(
      "<div class=\"flash error\">Sorry, you don('|&#39;)t have permission to access the page you were trying to reach.</div>");
  private static final Pattern DOWNLOAD = Pattern.compile("/downloads/(?<id>\\d+)");
  private static final Pattern TITLE = Pattern.compile("/works/\\d+$");
  private static final Pattern AUTHOR = Pattern.compile("/users/\\w+/pseuds/.+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SERIES = Pattern.compile("/series/\\d+");
  private static final Pattern CHAPTER_DIV = Pattern.compile("chapter-\\d+");
  /** makeDate(string, "%Y-%b-%d") turns "%b" into "%m" and reads with strptime. */
  private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final HttpClient http = HttpClient.newBuilder()
      .cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NORMAL)
      .build();
  private final String site;

  /** @param site the archive's address, {@code http://localhost:8080} */
  OtwAdapter(String site) {
    this.site = site;
  }

  /** What the adapter refuses to download, named after the exception it raises. */
  static final class Refused extends RuntimeException {
    Refused(String exception) {
      super(exception);
    }
  }

  /** A story as FanFicFare stores it: metadata by its own names, and chapters. */
  record Story(Map<String, List<String>> metadata, List<Chapter> chapters, boolean readWholeWork) {

    /** A field set once. */
    String get(String key) {
      List<String> values = metadata.get(key);
      return values == null ? null : values.getLast();
    }

    /** A field added to a list. */
    List<String> list(String key) {
      return metadata.getOrDefault(key, List.of());
    }
  }

  /** A chapter's address, title and date from the chapter index, and its parts' text. */
  record Chapter(String title, String url, String date, Parts parts) {}

  /**
   * What getChapterTextNum keeps of a chapter, each part's text or {@code null}: the work's notes
   * (first chapter only), the chapter's summary, notes, text (without its landmark heading), end
   * notes, and the work's end notes (last chapter only).
   */
  record Parts(String workNotes, String summary, String notes, String text, String endNotes, String workEndNotes) {}

  /** The site URL pattern with the archive's host as the one accepted domain. */
  Pattern siteUrlPattern() {
    String host = URI.create(site).getAuthority();
    return Pattern.compile("https?://(" + host.replace(".", "\\.")
        + ")(/collections/[^/]+)?(/works/0*(?<id>\\d+))?(/chapters/0*(?<chapid>\\d+))?");
  }

  /** extractChapterUrlsAndMetadata, then getChapterTextNum for every chapter. */
  Story download(String url, boolean isAdult) {
    Map<String, List<String>> meta = new LinkedHashMap<>();
    Matcher m = siteUrlPattern().matcher(url);
    if (!m.lookingAt() || (m.group("id") == null && m.group("chapid") == null)) {
      throw new Refused("InvalidStoryURL");
    }
    String addurl = isAdult ? "?view_adult=true" : "";
    String storyId = m.group("id") != null ? m.group("id") : m.group("chapid");
    String storyUrl = site + (m.group("id") != null ? "/works/" : "/chapters/") + storyId;
    if (storyUrl.contains("/chapters/")) {
      Element entireWork = parse(get(storyUrl + addurl)).selectFirst("li.download ul li a");
      Matcher download = DOWNLOAD.matcher(entireWork.attr("href"));
      if (!download.lookingAt()) {
        throw new Refused("InvalidStoryURL");
      }
      storyId = download.group("id");
      storyUrl = site + "/works/" + storyId;
    }
    put(meta, "storyId", storyId);
    String data = get(storyUrl + "/navigate" + addurl);
    if (data.contains("<h2 class=\"heading\">Error 503 - Service unavailable</h2>")
        || data.contains("This site is in beta. Things may break or crash without notice.")) {
      throw new Refused("FailedToDownload");
    }
    String metaPage = get(storyUrl + addurl);
    if (metaPage.contains("This work is part of an ongoing challenge and will be revealed soon!")) {
      throw new Refused("FailedToDownload");
    }
    if (ADULT_NOTICE.matcher(metaPage).find()) {
      if (addurl.isEmpty()) {
        throw new Refused("AdultCheckRequired");
      }
      Element proceed = parse(metaPage).select("a").stream()
          .filter(a -> a.text().equals("Proceed")).findFirst().orElseThrow(() -> new Refused("no Proceed link"));
      metaPage = get(site + proceed.attr("href"));
    }
    if (data.contains("Sorry, we couldn&#x27;t find the work you were looking for.")) {
      throw new Refused("StoryDoesNotExist");
    }
    if (needsLogin(data) || NO_PERMISSION.matcher(data).find()) {
      throw new Refused("FailedToLogin");
    }
    Document soup = parse(data);
    Document metasoup = parse(metaPage);

    put(meta, "title", stripHtml(first(soup.select("a[href]"), a -> TITLE.matcher(a.attr("href")).find())));
    List<Element> authors = soup.select("a[href]").stream().filter(a -> AUTHOR.matcher(a.attr("href")).find()).toList();
    if (authors.isEmpty()) {
      put(meta, "author", "Anonymous");
      put(meta, "authorUrl", site + "/");
      put(meta, "authorId", "0");
    }
    for (Element a : authors) {
      String[] path = a.attr("href").split("/");
      add(meta, "authorId", path[path.length - 1]);
      add(meta, "authorUrl", site + a.attr("href"));
      add(meta, "author", a.text());
    }
    Element byline = first(metasoup.select("h3"), h -> h.hasClass("byline"));
    if (byline != null) {
      put(meta, "byline", stripHtml(byline));
    }

    Pattern chapterLink = Pattern.compile("/works/" + storyId + "/chapters/\\d+$");
    List<Element> links = soup.select("a[href]").stream().filter(a -> chapterLink.matcher(a.attr("href")).find()).toList();
    List<String[]> index = new ArrayList<>();
    for (Element link : links) {
      String date = null;
      if (links.size() > 1) {
        String stamped = stripHtml(findNext(soup, link, "span", "datetime"));
        date = LocalDate.parse(stamped.substring(1, stamped.length() - 1), DATE_FORMAT).toString();
      }
      index.add(new String[] {links.size() == 1 ? meta.get("title").getLast() : stripHtml(link),
          site + link.attr("href"), date});
    }
    put(meta, "numChapters", String.valueOf(index.size()));

    Element description = first(metasoup.select("blockquote"), b -> b.hasClass("userstuff"));
    if (description != null) {
      put(meta, "description", description.text());
    }
    Element rating = byClass(metasoup, "dd", "rating tags");
    if (rating != null) {
      put(meta, "rating", rating.text().strip());
    }
    Element language = byClass(metasoup, "dd", "language");
    if (language != null) {
      put(meta, "language", language.text().strip());
    }
    tags(metasoup, "fandom tags", "fandoms", meta);
    tags(metasoup, "warning tags", "warnings", meta);
    tags(metasoup, "freeform tags", "freeformtags", meta);
    tags(metasoup, "category tags", "ao3categories", meta);
    tags(metasoup, "character tags", "characters", meta);
    tags(metasoup, "relationship tags", "ships", meta);
    stats(byClass(metasoup, "dl", "stats"), meta);
    series(byClass(metasoup, "dd", "series"), meta);

    List<Chapter> chapters = new ArrayList<>();
    Document fullWork = null;
    List<Element> fullWorkChapters = List.of();
    if (index.size() > 1) {
      fullWork = parse(get(storyUrl + "?view_full_work=true" + addurl.replace('?', '&')));
      fullWorkChapters = fullWork.select("div[id]").stream()
          .filter(div -> CHAPTER_DIV.matcher(div.id()).find()).toList();
      if (fullWorkChapters.size() != index.size()) {
        fullWork = null;
      }
    }
    for (int i = 0; i < index.size(); i++) {
      String[] entry = index.get(i);
      Element whole = fullWork != null ? fullWork : parse(get(entry[1] + addurl));
      Element chapter = fullWork != null ? fullWorkChapters.get(i) : whole;
      chapters.add(new Chapter(entry[0], entry[1], entry[2], parts(whole, chapter, i == 0, i + 1 == index.size())));
    }
    return new Story(meta, chapters, fullWork != null);
  }

  /** get_series_from_page: the works' addresses, the series' name and description. */
  Map<String, List<String>> series(String url) {
    Map<String, List<String>> found = new LinkedHashMap<>();
    Matcher m = Pattern.compile(siteUrlPattern().pattern().replace("/works/", "/series/")).matcher(url);
    if (!m.lookingAt() || m.group("id") == null) {
      return found;
    }
    Document soup = parse(get(url));
    if (!soup.select("ol.pagination li a").isEmpty()) {
      throw new IllegalStateException("a series of more than one page: read each page as the adapter does");
    }
    soup.select("h4.heading a:first-child").forEach(a -> add(found, "urllist", site + a.attr("href")));
    put(found, "name", stripHtml(soup.selectFirst("div.series-show h2.heading")));
    Element desc = soup.selectFirst("div.wrapper dd blockquote.userstuff");
    if (desc != null) {
      put(found, "desc", desc.text());
    }
    Element stats = soup.selectFirst("dl.series dl.stats");
    String text = stats == null ? "" : stripHtml(stats);
    if (text.contains("Complete:Yes")) {
      put(found, "status", "Completed");
    } else if (text.contains("Complete:No")) {
      put(found, "status", "In-Progress");
    }
    return found;
  }

  /** needToLoginCheck. */
  static boolean needsLogin(String data) {
    return data.contains("This work is only available to registered users of the Archive.")
        || data.contains("The password or user name you entered doesn't match our records")
        || data.contains("have permission to access the page you were trying to reach. Please log in.")
        || data.contains("<h4 class=\"heading\">With an AO3 account, you can:</h4>");
  }

  private static Parts parts(Element whole, Element chapter, boolean first, boolean last) {
    String workNotes = null;
    if (first) {
      Element preface = byClass(whole, "div", "preface group");
      Element notes = preface == null ? null : byClass(preface, "div", "notes module");
      Element quote = notes == null ? null : first(notes.select("blockquote"), b -> b.hasClass("userstuff"));
      workNotes = quote == null ? null : quote.text();
    }
    Element body = byClass(chapter, "div", "userstuff module").clone();
    Element landmark = byClass(body, "h3", "landmark heading");
    if (landmark != null) {
      landmark.remove();
    }
    String workEndNotes = null;
    if (last) {
      workEndNotes = quoteIn(whole.getElementById("work_endnotes"));
    }
    return new Parts(workNotes, quoteIn(byId(chapter, "summary")), quoteIn(byId(chapter, "notes")), body.text(),
        quoteIn(byClass(chapter, "div", "end notes module")), workEndNotes);
  }

  private static void tags(Document metasoup, String ddClass, String key, Map<String, List<String>> meta) {
    Element dd = byClass(metasoup, "dd", ddClass);
    if (dd != null) {
      dd.select("a").stream().filter(a -> a.hasClass("tag")).forEach(a -> add(meta, key, a.text()));
    }
  }

  private static void stats(Element stats, Map<String, List<String>> meta) {
    List<Element> dt = stats.select("dt");
    List<Element> dd = stats.select("dd");
    for (int x = 0; x < dt.size(); x++) {
      String label = dt.get(x).wholeText();
      String value = dd.get(x).wholeText();
      for (String[] count : new String[][] {{"Words:", "numWords"}, {"Comments:", "comments"},
          {"Kudos:", "kudos"}, {"Hits:", "hits"}, {"Bookmarks:", "bookmarks"}}) {
        if (label.contains(count[0])) {
          put(meta, count[1], value);
        }
      }
      if (label.contains("Chapters:")) {
        put(meta, "chapterslashtotal", value);
        String[] parts = value.split("/");
        put(meta, "status", parts[0].equals(parts[1]) ? "Completed" : "In-Progress");
      }
      if (label.contains("Published")) {
        put(meta, "datePublished", makeDate(value));
        put(meta, "dateUpdated", makeDate(value));
      }
      if (label.contains("Updated") || label.contains("Completed")) {
        put(meta, "dateUpdated", makeDate(value));
      }
    }
  }

  private void series(Element dd, Map<String, List<String>> meta) {
    if (dd == null) {
      return;
    }
    List<Element> links = dd.select("a[href]").stream().filter(a -> SERIES.matcher(a.attr("href")).find()).toList();
    for (int i = 0; i < links.size(); i++) {
      Element a = links.get(i);
      String name = stripHtml(a);
      Node before = a.previousSibling();
      String text = before instanceof TextNode t ? t.text().strip() : stripHtml((Element) before);
      int position = Integer.parseInt(text.replace(", ", "").split(" ")[1]);
      put(meta, "series%02d".formatted(i), "%s [%s]".formatted(name, position));
      put(meta, "series%02dUrl".formatted(i), site + a.attr("href"));
      if (i == 0) {
        put(meta, "series", "%s [%s]".formatted(name, position));
        put(meta, "seriesUrl", site + a.attr("href"));
      }
    }
  }

  private static String makeDate(String value) {
    return LocalDate.parse(value.strip(), DATE_FORMAT).toString();
  }

  private static String quoteIn(Element module) {
    Element quote = module == null ? null : module.selectFirst("blockquote");
    return quote == null ? null : quote.text();
  }

  /** BeautifulSoup's find(name, {'class': value}). */
  private static Element byClass(Element scope, String tag, String value) {
    return first(scope.select(tag), e -> value.contains(" ") ? e.attr("class").equals(value) : e.hasClass(value));
  }

  private static Element byId(Element scope, String id) {
    return first(scope.select("div"), e -> e.id().equals(id));
  }

  /** Tag.findNext(name, class_=value): the first such element after {@code from} in document order. */
  private static Element findNext(Document soup, Element from, String tag, String value) {
    List<Element> all = soup.getAllElements();
    for (int i = all.indexOf(from) + 1; i < all.size(); i++) {
      if (all.get(i).nameIs(tag) && all.get(i).hasClass(value)) {
        return all.get(i);
      }
    }
    return null;
  }

  private static Element first(List<Element> elements, Predicate<Element> test) {
    return elements.stream().filter(test).findFirst().orElse(null);
  }

  /** stripHTML of an element: get_text(strip=True), every string stripped and joined. */
  private static String stripHtml(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node node : element.childNodes()) {
      text.append(node instanceof TextNode t ? t.text().strip() : node instanceof Element e ? stripHtml(e) : "");
    }
    return text.toString();
  }

  private static void put(Map<String, List<String>> meta, String key, String value) {
    meta.put(key, new ArrayList<>(List.of(value)));
  }

  private static void add(Map<String, List<String>> meta, String key, String value) {
    meta.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  private static Document parse(String html) {
    Document document = Jsoup.parse(html);
    document.select("div#admin-banner").remove();
    return document;
  }

  private String get(String url) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new Refused("HTTP " + response.statusCode() + " for " + url);
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
