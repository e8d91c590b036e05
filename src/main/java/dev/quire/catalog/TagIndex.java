package dev.quire.catalog;

import dev.quire.account.Viewer;
import dev.quire.search.TagUsage;
import dev.quire.tag.TagKind;
import dev.quire.tagging.Vocabulary;
import dev.quire.work.AccessPolicy;
import dev.quire.work.ReadScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's tags as its lists show them, each with how many works carry it: fandoms by
 * medium, the most used tags of each kind, and every tag of a kind A–Z in pages. Only the works
 * the viewer may find are counted ({@link AccessPolicy#readable}: drafts and hidden works never,
 * restricted works only for those logged in, none of a muted creator's), also those the viewer
 * chose not to see again once read, and a tag only other works carry is not listed. A synonym's
 * works count for its canonical tag, which is the one listed. Works without a rating are counted
 * under Not Rated, as they are shown and searched.
 *
 * <p>The lists count from the search index ({@link TagUsage}), whose cost grows far slower with
 * the archive than the database's {@code group by} over every work's tags; only a kind with more
 * tags than one answer of OpenSearch counts ({@link TagUsage#all}) is counted by the database,
 * which is slow at that size. Thread-safe.
 */
@Component
public class TagIndex {

  private final Listings listings;
  private final TagUsage usage;
  private final AccessPolicy policy;
  private final Vocabulary vocabulary = Vocabulary.shipped();

  TagIndex(Listings listings, TagUsage usage, AccessPolicy policy) {
    this.listings = listings;
    this.usage = usage;
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
    for (TagCount fandom : tags(viewer, TagKind.FANDOM, 1, Integer.MAX_VALUE)) {
      byMedium.computeIfAbsent(Medium.of(fandom.name(), vocabulary), m -> new ArrayList<>()).add(fandom);
    }
    return byMedium.entrySet().stream().map(e -> new MediumFandoms(e.getKey(), e.getValue())).toList();
  }

  /** For each kind in AO3's order, its {@code count} most used tags, A–Z. */
  @Transactional(readOnly = true)
  public Map<TagKind, List<TagCount>> mostUsed(Viewer viewer, int count) {
    Map<TagKind, List<TagCount>> byKind = new EnumMap<>(TagKind.class);
    usage.mostUsed(policy.readable(viewer), EnumSet.allOf(TagKind.class), count)
        .forEach((kind, counts) -> byKind.put(kind, azList(counts)));
    return byKind;
  }

  private static List<TagCount> azList(Map<String, Long> counts) {
    return counts.entrySet().stream().map(e -> new TagCount(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing((TagCount tag) -> tag.name().toLowerCase(Locale.ROOT)).thenComparing(TagCount::name))
        .toList();
  }

  /** Page {@code page} (from 1) of the tags of {@code kind}, {@code size} a page, A–Z. */
  @Transactional(readOnly = true)
  public Page<TagCount> tags(Viewer viewer, TagKind kind, int page, int size) {
    ReadScope scope = policy.readable(viewer);
    PageRequest request = PageRequest.of(Math.max(page, 1) - 1, size);
    Optional<List<TagCount>> counted = usage.all(scope, kind).map(TagIndex::azList);
    if (counted.isEmpty()) {
      // More tags of the kind than one answer of OpenSearch counts: the database counts a page.
      // (Never ratings, so Not Rated needs no merging here.)
      return listings.tags(kind, scope, request).map(tag -> new TagCount(tag.name(), tag.works()));
    }
    List<TagCount> all = counted.get();
    int from = (int) Math.min(request.getOffset(), all.size());
    return new PageImpl<>(all.subList(from, (int) Math.min((long) from + size, all.size())), request, all.size());
  }
}
