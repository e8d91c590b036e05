package dev.quire.catalog;

import dev.quire.account.Viewer;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import dev.quire.tagging.Vocabulary;
import dev.quire.work.AccessPolicy;
import dev.quire.work.ReadScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The archive's tags as its lists show them, each with how many works carry it: fandoms by
 * medium, the most used tags of each kind, and every tag of a kind A–Z in pages. Only the works
 * the viewer may find are counted ({@link AccessPolicy#readable}: drafts and hidden works never,
 * restricted works only for those logged in), and a tag only other works carry is not listed.
 * Works without a rating are counted under Not Rated, as they are shown and searched. Thread-safe.
 */
@Component
public class TagIndex {

  private final Listings listings;
  private final AccessPolicy policy;
  private final Vocabulary vocabulary = Vocabulary.shipped();

  TagIndex(Listings listings, AccessPolicy policy) {
    this.listings = listings;
    this.policy = policy;
  }

  /**
   * The fandoms of one medium, A–Z.
   *
   * @param medium AO3's media category
   * @param fandoms its fandoms with their counts
   */
  public record MediumFandoms(Medium medium, List<Listing> fandoms) {}

  /** Every fandom with works, grouped by medium in AO3's order, each group A–Z; empty groups left out. */
  public List<MediumFandoms> fandomsByMedium(Viewer viewer) {
    Map<Medium, List<Listing>> byMedium = new EnumMap<>(Medium.class);
    for (Listing fandom : listings.tags(TagKind.FANDOM, policy.readable(viewer), Pageable.unpaged())) {
      byMedium.computeIfAbsent(Medium.of(fandom.name(), vocabulary), m -> new ArrayList<>()).add(fandom);
    }
    return byMedium.entrySet().stream().map(e -> new MediumFandoms(e.getKey(), e.getValue())).toList();
  }

  /** For each kind in AO3's order, its {@code count} most used tags, A–Z. */
  public Map<TagKind, List<Listing>> mostUsed(Viewer viewer, int count) {
    ReadScope scope = policy.readable(viewer);
    Map<TagKind, List<Listing>> byKind = new EnumMap<>(TagKind.class);
    for (TagKind kind : TagKind.values()) {
      List<Listing> tags = kind == TagKind.RATING
          ? ratings(scope) : new ArrayList<>(listings.mostUsed(kind, scope, count));
      tags.sort(byName());
      byKind.put(kind, tags);
    }
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
