package dev.quire.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.jsoup.parser.Parser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * AO3's canonical freeform ("Additional Tags") names with how many works use each, drawn in
 * proportion to that use. Read from {@code vocab/ao3-freeform-tags/tags.json} beside the project,
 * or a small built-in list when that is absent. Immutable and thread-safe.
 */
final class FreeformTags {

  /** A few of AO3's most used freeforms with rounded counts, for when the full list is absent. */
  private static final Map<String, Long> BUILT_IN = Map.ofEntries(
      Map.entry("Fluff", 240_000L), Map.entry("Angst", 190_000L),
      Map.entry("Hurt/Comfort", 110_000L), Map.entry("Romance", 100_000L),
      Map.entry("Humor", 90_000L), Map.entry("Alternate Universe", 80_000L),
      Map.entry("Friendship", 60_000L), Map.entry("Family", 40_000L),
      Map.entry("Happy Ending", 35_000L), Map.entry("Drabble", 30_000L),
      Map.entry("Alternate Universe - Coffee Shops & Cafes", 12_000L),
      Map.entry("Slow Burn", 30_000L), Map.entry("Canon Compliant", 25_000L),
      Map.entry("Post-Canon", 20_000L), Map.entry("Pre-Canon", 9_000L),
      Map.entry("Missing Scene", 15_000L), Map.entry("Character Study", 14_000L),
      Map.entry("Established Relationship", 28_000L), Map.entry("First Kiss", 27_000L),
      Map.entry("Crack", 22_000L), Map.entry("Domestic", 18_000L),
      Map.entry("Introspection", 11_000L), Map.entry("Fix-It", 10_000L),
      Map.entry("Friends to Lovers", 16_000L), Map.entry("Holidays", 8_000L));

  private final List<String> names;
  private final long[] cumulative;
  private final boolean builtIn;

  private FreeformTags(Map<String, Long> counts, boolean builtIn) {
    this.names = new ArrayList<>(counts.keySet());
    this.cumulative = new long[names.size()];
    long sum = 0;
    for (int i = 0; i < names.size(); i++) {
      sum += counts.get(names.get(i));
      cumulative[i] = sum;
    }
    this.builtIn = builtIn;
  }

  /** The list under {@code shared}, or the built-in one when {@code shared} does not hold it. */
  static FreeformTags load(Path shared) throws IOException {
    Path file = shared == null ? null : shared.resolve("vocab/ao3-freeform-tags/tags.json");
    if (file == null || !Files.isRegularFile(file)) {
      return builtIn();
    }
    JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
    Map<String, Long> counts = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : json.properties()) {
      long count = entry.getValue().asLong();
      // The crawl stores names as AO3's pages escape them ("&#x27;"); works carry the plain name.
      String name = Parser.unescapeEntities(entry.getKey(), false).strip();
      if (count > 0 && !name.isEmpty() && !name.contains(",")) {
        counts.merge(name, count, Long::sum);
      }
    }
    return counts.isEmpty() ? builtIn() : new FreeformTags(counts, false);
  }

  static FreeformTags builtIn() {
    return new FreeformTags(new TreeMap<>(BUILT_IN), true);
  }

  boolean isBuiltIn() {
    return builtIn;
  }

  int size() {
    return names.size();
  }

  String draw(RandomGenerator random) {
    long point = random.nextLong(cumulative[cumulative.length - 1]);
    int found = Arrays.binarySearch(cumulative, point + 1);
    return names.get(found >= 0 ? found : -found - 1);
  }
}
