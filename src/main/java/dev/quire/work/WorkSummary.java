package dev.quire.work;

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
    for (TagKind kind : TagKind.values()) {
      tags.put(kind, work.tagsOf(kind).stream().map(Tag::getName).toList());
    }
    // A work nobody rated is shown, filtered and counted as Not Rated, like AO3 does.
    tags.put(TagKind.RATING, List.of(work.getRating().tagName()));
    return new WorkSummary(
        work.getId(),
        work.getTitle(),
        work.getCreators().stream().map(Byline::of).toList(),
        work.getRating(),
        tags,
        work.getSummary(),
        work.getLanguage(),
        work.getWords(),
        work.getChapterCount(),
        work.getChapterProgress(),
        work.isComplete(),
        work.getPublished(),
        work.getUpdatedAt(),
        work.getStats(),
        work.getSourceStats().equals(WorkStats.NONE) ? null : work.getSourceStats(),
        work.getWaitingSuggestions().size());
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

  /** The byline as text: the creators' names, or "Anonymous" when the file named none. */
  public String byline() {
    return bylines.isEmpty() ? "Anonymous" : String.join(", ", creators());
  }

  /**
   * One creator as a byline names them: AO3's pseud ({@code name}) of a user ({@code userName}),
   * linked to the creator's page.
   */
  public record Byline(String name, String userName) {

    static Byline of(Creator creator) {
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
