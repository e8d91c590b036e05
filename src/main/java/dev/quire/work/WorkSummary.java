package dev.quire.work;

import dev.quire.account.Viewer;
import dev.quire.story.WorkStats;
import dev.quire.tag.Rating;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagSlug;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a listing shows of a work (AO3's blurb): loaded, detached from the database, safe to render.
 *
 * @param bylines the creators as credited, in the work's order; empty when the file named none
 * @param tags tag names by kind, in AO3's order of kinds; every kind is present, maybe empty
 * @param summary sanitized HTML, or {@code null}
 * @param chapterProgress chapters written and expected, {@code 2/5} or {@code 2/?}
 * @param stats the archive's own kudos, hits, comments and bookmarks
 * @param sourceStats what the file the work was imported from stated, or {@code null} when it
 *     stated nothing
 * @param suggestionsWaiting tag suggestions no editor has decided on yet
 */
public record WorkSummary(
    long id,
    String title,
    List<Byline> bylines,
    Rating rating,
    Map<TagKind, List<String>> tags,
    String summary,
    String language,
    int words,
    int chapters,
    String chapterProgress,
    boolean complete,
    LocalDate published,
    Instant updated,
    WorkStats stats,
    WorkStats sourceStats,
    int suggestionsWaiting) {

  public WorkSummary {
    bylines = List.copyOf(bylines);
    tags = Map.copyOf(tags);
  }

  /** The summary of a loaded work; call inside the transaction that loaded it. */
  public static WorkSummary of(Work work) {
    Map<TagKind, List<String>> tags = new EnumMap<>(TagKind.class);
    for (Tag tag : work.getTags()) {
      tags.computeIfAbsent(tag.getKind(), kind -> new ArrayList<>()).add(tag.getName());
    }
    return of(
        work.getId(),
        work.getTitle(),
        work.getCreators().stream().map(Byline::of).toList(),
        tags,
        work.getSummary(),
        work.getLanguage(),
        work.getWords(),
        work.getChapterCount(),
        work.getChaptersExpected(),
        work.getPublished(),
        work.getUpdatedAt(),
        work.getStats(),
        work.getSourceStats(),
        work.getWaitingSuggestions().size());
  }

  /**
   * A summary from a work's values, as {@link WorkSummaries} reads them for a page of works; the
   * rules a blurb follows are here once, for both ways of reading a work.
   *
   * @param tags tag names by kind, each kind's in the work's order (by name); kinds without tags
   *     may be absent
   * @param sourceStats what the file stated, {@link WorkStats#NONE} when it stated nothing
   */
  static WorkSummary of(
      long id, String title, List<Byline> bylines, Map<TagKind, List<String>> tags, String summary,
      String language, int words, int chapterCount, Integer chaptersExpected, LocalDate published,
      Instant updated, WorkStats stats, WorkStats sourceStats, int suggestionsWaiting) {
    Map<TagKind, List<String>> byKind = new EnumMap<>(TagKind.class);
    for (TagKind kind : TagKind.values()) {
      byKind.put(kind, List.copyOf(tags.getOrDefault(kind, List.of())));
    }
    Rating rating = Work.ratingOf(byKind.get(TagKind.RATING));
    // A work nobody rated is shown, filtered and counted as Not Rated, like AO3 does.
    byKind.put(TagKind.RATING, List.of(rating.tagName()));
    return new WorkSummary(
        id,
        title,
        bylines,
        rating,
        byKind,
        summary,
        language,
        words,
        chapterCount,
        Work.chapterProgress(chapterCount, chaptersExpected),
        Work.isComplete(chapterCount, chaptersExpected),
        published,
        updated,
        stats,
        sourceStats.equals(WorkStats.NONE) ? null : sourceStats,
        suggestionsWaiting);
  }

  /** The language's English name ("English" for {@code en}), or {@code null} when unknown. */
  public String languageName() {
    if (language == null || language.isBlank()) {
      return null;
    }
    String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
    return name.isBlank() ? language : name;
  }

  /** The day of the last update, in UTC. */
  public LocalDate updatedOn() {
    return LocalDate.ofInstant(updated, ZoneOffset.UTC);
  }

  /** Tag names of one kind. */
  public List<String> tagsOf(TagKind kind) {
    return tags.getOrDefault(kind, List.of());
  }

  /** The creators' names, in the work's order. */
  public List<String> creators() {
    return bylines.stream().map(Byline::name).toList();
  }

  /**
   * Whether {@code viewer} is one of the work's creators: a byline is a pseud of their account
   * (user names are unique, and an imported byline no one claimed is the {@code unclaimed} account's,
   * which nobody logs in as).
   */
  public boolean isCreditedTo(Viewer viewer) {
    return !viewer.isGuest() && bylines.stream().anyMatch(byline -> byline.userName().equals(viewer.userName()));
  }

  /** The byline as text: the creators' names, or "Anonymous" when the file named none. */
  public String byline() {
    return bylines.isEmpty() ? "Anonymous" : String.join(", ", creators());
  }

  /**
   * One creator as a byline names them: AO3's pseud ({@code name}) of a user ({@code userName}),
   * linked to the creator's page.
   */
  public record Byline(String name, String userName) {

    /** The byline of a creator whose account is loaded. */
    public static Byline of(Creator creator) {
      return new Byline(creator.getName(), creator.getUserName());
    }

    /**
     * The creator's page, {@code /users/{userName}/pseuds/{name}}, percent-encoded; the name is
     * escaped as AO3 escapes tag names ({@link TagSlug}), so that any name is one path segment.
     */
    public String pseudPath() {
      try {
        return new URI(null, null, "/users/" + userName + "/pseuds/" + TagSlug.encode(name), null)
            .toASCIIString();
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("not a path: " + name, e);
      }
    }

    /** The creator's works, {@code /users/{userName}/works}. */
    public String worksPath() {
      return "/users/" + userName + "/works";
    }
  }
}
