package dev.quire.catalog;

import dev.quire.account.Viewer;
import dev.quire.search.TagUsage;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import dev.quire.tagging.Vocabulary;
import dev.quire.work.AccessPolicy;
import dev.quire.work.ReadScope;
import dev.quire.work.TagFieldsBinder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's tags as its lists show them, each with how many works carry it: fandoms by
 * medium, the most used tags of each kind, and every tag of a kind A–Z in pages. Only the works
 * the viewer may find are counted ({@link AccessPolicy#readable}: drafts and hidden works never,
 * restricted works only for those logged in), and a tag only other works carry is not listed. A
 * synonym's works count for its canonical tag, which is the one listed, as its page lists them.
 * Works without a rating are counted under Not Rated, as they are shown and searched.
 *
 * <p>The Fandoms and Tags pages count from the search index ({@link TagUsage}), which does not
 * grow slower with the archive; the pages of one kind A–Z, which also say when each tag's last work
 * changed, from the database. Thread-safe.
 */
@Component
public class TagIndex {

  private final Listings listings;
  private final TagUsage usage;
  private final TagRepository tags;
  private final AccessPolicy policy;
  private final Vocabulary vocabulary = Vocabulary.shipped();

  TagIndex(Listings listings, TagUsage usage, TagRepository tags, AccessPolicy policy) {
    this.listings = listings;
    this.usage = usage;
    this.tags = tags;
    this.policy = policy;
  }

  /**
   * The fandoms of one medium, A–Z.
   *
   * @param medium AO3's media category
   * @param fandoms its fandoms with their counts
   */
  public record MediumFandoms(Medium medium, List<TagCount> fandoms) {}

  /** Every fandom with works, grouped by medium in AO3's order, each group A–Z; empty groups left out. */
  @Transactional(readOnly = true)
  public List<MediumFandoms> fandomsByMedium(Viewer viewer) {
    Map<Medium, List<TagCount>> byMedium = new EnumMap<>(Medium.class);
    for (TagCount fandom : named(mostUsedIds(viewer, Set.of(TagKind.FANDOM), TagUsage.MOST)).get(TagKind.FANDOM)) {
      byMedium.computeIfAbsent(Medium.of(fandom.name(), vocabulary), m -> new ArrayList<>()).add(fandom);
    }
    return byMedium.entrySet().stream().map(e -> new MediumFandoms(e.getKey(), e.getValue())).toList();
  }

  /** For each kind in AO3's order, its {@code count} most used tags, A–Z. */
  @Transactional(readOnly = true)
  public Map<TagKind, List<TagCount>> mostUsed(Viewer viewer, int count) {
    return named(mostUsedIds(viewer, EnumSet.allOf(TagKind.class), count));
  }

  private Map<TagKind, Map<Long, Long>> mostUsedIds(Viewer viewer, Set<TagKind> kinds, int count) {
    return usage.mostUsed(policy.readable(viewer), kinds, count);
  }

  /**
   * The counted tags named, each kind A–Z. A rating tag named Not Rated and works with no rating
   * ({@link TagFieldsBinder#NOT_RATED}) are one entry; a tag deleted since it was counted is left out.
   */
  private Map<TagKind, List<TagCount>> named(Map<TagKind, Map<Long, Long>> counted) {
    Map<Long, String> names = tags.namesOf(counted.values().stream().flatMap(ids -> ids.keySet().stream()).toList());
    names.put(TagFieldsBinder.NOT_RATED, Rating.NOT_RATED.tagName());
    Map<TagKind, List<TagCount>> byKind = new EnumMap<>(TagKind.class);
    counted.forEach((kind, counts) -> {
      Map<String, TagCount> byName = new LinkedHashMap<>();
      counts.forEach((id, works) -> {
        String name = names.get(id);
        if (name != null) {
          byName.merge(name, new TagCount(id, name, works),
              (a, b) -> new TagCount(Math.max(a.id(), b.id()), name, a.works() + b.works()));
        }
      });
      List<TagCount> listed = new ArrayList<>(byName.values());
      listed.sort(Comparator.comparing((TagCount tag) -> tag.name().toLowerCase(Locale.ROOT)).thenComparing(TagCount::id));
      byKind.put(kind, listed);
    });
    return byKind;
  }

  /** Page {@code page} (from 1) of the tags of {@code kind}, {@code size} a page, A–Z. */
  public Page<Listing> tags(Viewer viewer, TagKind kind, int page, int size) {
    ReadScope scope = policy.readable(viewer);
    PageRequest request = PageRequest.of(Math.max(page, 1) - 1, size);
    if (kind != TagKind.RATING) {
      return listings.tags(kind, scope, request);
    }
    List<Listing> ratings = ratings(scope);
    return new PageImpl<>(page > 1 ? List.of() : ratings, request, ratings.size());
  }

  /** The rating tags works have, and Not Rated for works without one; never more than five. */
  private List<Listing> ratings(ReadScope scope) {
    List<Listing> ratings = new ArrayList<>(listings.tags(TagKind.RATING, scope, Pageable.unpaged()).getContent());
    Listing unrated = listings.unrated(scope);
    if (unrated.works() > 0) {
      String name = Rating.NOT_RATED.tagName();
      Listing tagged = ratings.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst().orElse(null);
      ratings.remove(tagged);
      ratings.add(tagged == null ? new Listing(0L, name, unrated.works(), unrated.updated())
          : new Listing(tagged.id(), tagged.name(), tagged.works() + unrated.works(),
              tagged.updated().isAfter(unrated.updated()) ? tagged.updated() : unrated.updated()));
      ratings.sort(byName());
    }
    return ratings;
  }

  private static Comparator<Listing> byName() {
    return Comparator.comparing((Listing listing) -> listing.name().toLowerCase(Locale.ROOT)).thenComparing(Listing::id);
  }
}
