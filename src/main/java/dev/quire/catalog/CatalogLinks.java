package dev.quire.catalog;

import dev.quire.download.DownloadAddress;
import dev.quire.download.DownloadFormat;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagSlug;
import dev.quire.work.WorkSummary;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * The absolute addresses feeds link to, below the address the archive is reached at. Feed readers
 * and reading apps keep links apart from the feed they came in, so every link is absolute.
 *
 * <p>Path segments are percent-encoded, so that a tag or title of any spelling makes a valid URI;
 * tag names are first escaped as {@link TagSlug} does.
 *
 * @param base the archive's address without a trailing slash, {@code https://archive.example}
 */
public record CatalogLinks(String base) {

  public CatalogLinks {
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  String root() {
    return base + "/opds";
  }

  String recent(int page) {
    return paged(base + "/opds/recent", page);
  }

  String tagKinds() {
    return base + "/opds/tags";
  }

  String tags(TagKind kind, int page) {
    return paged(base + "/opds/tags/" + kind.key(), page);
  }

  String taggedWorks(TagKind kind, String name, int page) {
    return paged(base + "/opds/tags/" + kind.key() + "/" + segment(TagSlug.encode(name)), page);
  }

  String creators(int page) {
    return paged(base + "/opds/creators", page);
  }

  String creatorWorks(long creatorId, int page) {
    return paged(base + "/opds/creators/" + creatorId, page);
  }

  String search(String terms, int page) {
    return paged(base + "/opds/search?q=" + UriUtils.encode(terms, StandardCharsets.UTF_8), page);
  }

  /** The OpenSearch template of catalog searches. */
  String searchTemplate() {
    return base + "/opds/search?q={searchTerms}";
  }

  /** The OpenSearch template of the search page, for browsers. */
  String searchPageTemplate() {
    return base + "/works/search?q={searchTerms}";
  }

  String openSearch() {
    return base + "/opds/opensearch.xml";
  }

  String home() {
    return base + "/";
  }

  String work(long id) {
    return base + "/works/" + id;
  }

  String tagPage(String name) {
    return base + "/tags/" + segment(TagSlug.encode(name));
  }

  String recentAtom() {
    return base + "/works/feed.atom";
  }

  String tagAtom(String name) {
    return base + "/tags/" + segment(TagSlug.encode(name)) + "/feed.atom";
  }

  /**
   * A download of the work, at the address the download pages answer without a redirect. An adult
   * work's link agrees to adult content with {@code ?view_adult=true}, as AO3's do.
   */
  String download(WorkSummary work, DownloadFormat format) {
    String link = base + DownloadAddress.ofWork(work.id(), work.title(), format);
    return work.rating().isAdult() ? link + "?view_adult=true" : link;
  }

  /** A path segment; {@code ;} is escaped too, as a server would take what follows it for parameters. */
  private static String segment(String text) {
    return UriUtils.encodePathSegment(text, StandardCharsets.UTF_8).replace(";", "%3B");
  }

  private static String paged(String link, int page) {
    if (page <= 1) {
      return link;
    }
    return link + (link.contains("?") ? "&" : "?") + "page=" + page;
  }
}
