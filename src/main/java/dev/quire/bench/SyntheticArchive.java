package dev.quire.bench;

import dev.quire.tagging.CanonCharacter;
import dev.quire.tagging.Fandom;
import dev.quire.tagging.Vocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A reproducible AO3-like archive: work {@code n} of a seed is always the same work, so the files
 * can be written, loaded into another engine and queried without keeping the archive in memory.
 * Pure and thread-safe.
 *
 * <p>The shape, chosen to look like AO3's:
 *
 * <ul>
 *   <li>fandoms Zipf-distributed (exponent {@value #FANDOM_EXPONENT}) over the shipped vocabulary's
 *       fandoms in a seeded order, one in ten works a crossover of two; characters Zipf-distributed
 *       within a fandom's cast, 1 to 6 a work; relationships paired from them unless Gen;
 *   <li>freeform tags 0 to 12 a work, each drawn in proportion to its AO3 usage count;
 *   <li>words log-normal with median {@value #WORDS_MEDIAN} and sigma {@value #WORDS_SIGMA}
 *       (mean about 5,500, a long tail), between 100 and 300,000; chapters of about 3,000 words;
 *   <li>hits log-normal (median 900, sigma 1.5); kudos, bookmarks and comments follow hits at
 *       seeded rates, so all four are heavy-tailed and correlated;
 *   <li>published uniformly over the ten years from 2015; AO3's proportions of ratings, warnings
 *       and categories; nine works in ten in English.
 * </ul>
 */
final class SyntheticArchive {

  static final double FANDOM_EXPONENT = 1.0;
  static final int WORDS_MEDIAN = 2_500;
  static final double WORDS_SIGMA = 1.25;
  private static final int CHAPTER_WORDS_MEDIAN = 3_000;
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 3_652;

  private static final Weighted RATINGS = new Weighted(
      new String[] {"General Audiences", "Teen And Up Audiences", "Mature", "Explicit", "Not Rated"},
      new double[] {0.26, 0.30, 0.15, 0.21, 0.08});
  private static final Weighted WARNINGS = new Weighted(
      new String[] {"No Archive Warnings Apply", "Creator Chose Not To Use Archive Warnings",
          "Graphic Depictions Of Violence", "Major Character Death"},
      new double[] {0.58, 0.28, 0.09, 0.05});
  private static final Weighted CATEGORIES = new Weighted(
      new String[] {"M/M", "F/M", "Gen", "F/F", "Multi", "Other"},
      new double[] {0.38, 0.22, 0.21, 0.09, 0.06, 0.04});
  private static final Weighted LANGUAGES = new Weighted(
      new String[] {"English", "Español", "中文-普通话 國語", "Русский", "Français", "Deutsch",
          "Português brasileiro", "Italiano"},
      new double[] {0.90, 0.02, 0.03, 0.015, 0.012, 0.01, 0.008, 0.005});

  private final long seed;
  private final int works;
  private final boolean metadataOnly;
  private final ProseSample prose;
  private final FreeformTags freeforms;
  private final List<Fandom> fandoms;
  private final Zipf fandomRanks;
  private final Zipf creatorRanks;

  /**
   * @param vocabulary the fandoms and casts to draw from
   * @param metadataOnly when true, works carry a summary but no chapter text
   */
  SyntheticArchive(long seed, int works, boolean metadataOnly, ProseSample prose,
      FreeformTags freeforms, Vocabulary vocabulary) {
    if (works < 1) {
      throw new IllegalArgumentException("an archive needs at least one work");
    }
    this.seed = seed;
    this.works = works;
    this.metadataOnly = metadataOnly;
    this.prose = prose;
    this.freeforms = freeforms;
    List<Fandom> ordered = new ArrayList<>(vocabulary.fandoms());
    ordered.sort(Comparator.comparing(Fandom::name));
    shuffle(ordered, new SplittableRandom(seed));
    this.fandoms = List.copyOf(ordered);
    this.fandomRanks = new Zipf(fandoms.size(), FANDOM_EXPONENT);
    this.creatorRanks = new Zipf(Math.max(10, works / 6), 0.8);
  }

  int works() {
    return works;
  }

  boolean metadataOnly() {
    return metadataOnly;
  }

  ProseSample prose() {
    return prose;
  }

  FreeformTags freeforms() {
    return freeforms;
  }

  /** The fandoms from most to least used. */
  List<Fandom> fandomsByRank() {
    return fandoms;
  }

  Zipf fandomRanks() {
    return fandomRanks;
  }

  /** Work {@code number}; the same for the same seed, whatever was drawn before. */
  WorkSpec work(int number) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number);
    List<String> workFandoms = new ArrayList<>();
    Set<String> characters = new LinkedHashSet<>();
    int fandomCount = random.nextDouble() < 0.1 ? 2 : 1;
    for (int f = 0; f < fandomCount; f++) {
      Fandom fandom = fandoms.get(fandomRanks.draw(random));
      if (!workFandoms.contains(fandom.name())) {
        workFandoms.add(fandom.name());
        characters.addAll(characters(fandom, random));
      }
    }
    List<String> categories = distinct(CATEGORIES, random, random.nextDouble() < 0.15 ? 2 : 1);
    List<String> cast = List.copyOf(characters);
    int words = (int) Math.clamp(Math.round(lognormal(random, WORDS_MEDIAN, WORDS_SIGMA)), 100, 300_000);
    int chapterCount = chapterCount(random, words);
    LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
    boolean complete = chapterCount == 1 || random.nextDouble() < 0.75;
    LocalDate updated = chapterCount == 1 ? null
        : published.plusDays(Math.min(DAYS, random.nextInt(1 + 20 * chapterCount)));
    Integer expected = complete ? Integer.valueOf(chapterCount)
        : random.nextBoolean() ? null : Integer.valueOf(chapterCount + 1 + random.nextInt(10));
    int hits = (int) Math.min(5_000_000, Math.round(lognormal(random, 900, 1.5)) + 1);
    int kudos = (int) Math.min(hits, Math.round(hits * lognormal(random, 0.06, 0.5)));
    int bookmarks = (int) Math.round(kudos * lognormal(random, 0.12, 0.6));
    int comments = (int) Math.round(kudos * lognormal(random, 0.08, 0.8));
    return new WorkSpec(number, title(random), "writer" + creatorRanks.draw(random),
        sentences(random, 1 + random.nextInt(3)), RATINGS.draw(random),
        distinct(WARNINGS, random, random.nextDouble() < 0.1 ? 2 : 1), categories,
        workFandoms, relationships(cast, categories, random), cast, freeformTags(random),
        LANGUAGES.draw(random), published, updated, chapterCount, expected, words,
        kudos, hits, bookmarks, comments, metadataOnly ? List.of() : chapters(random, words, chapterCount));
  }

  private List<String> characters(Fandom fandom, SplittableRandom random) {
    List<CanonCharacter> cast = fandom.characters();
    if (cast.isEmpty()) {
      return List.of();
    }
    Zipf ranks = new Zipf(cast.size(), 1.0);
    Set<String> names = new LinkedHashSet<>();
    int wanted = 1 + random.nextInt(Math.min(6, cast.size()));
    for (int i = 0; i < wanted * 2 && names.size() < wanted; i++) {
      names.add(cast.get(ranks.draw(random)).name());
    }
    return List.copyOf(names);
  }

  private static List<String> relationships(
      List<String> cast, List<String> categories, SplittableRandom random) {
    if (cast.size() < 2 || categories.equals(List.of("Gen"))) {
      return List.of();
    }
    List<String> pairs = new ArrayList<>();
    int count = 1 + random.nextInt(Math.min(3, cast.size() - 1));
    for (int i = 0; i < count; i++) {
      String pair = cast.get(i) + "/" + cast.get(i + 1);
      pairs.add(pair);
    }
    return pairs;
  }

  private List<String> freeformTags(SplittableRandom random) {
    Set<String> tags = new LinkedHashSet<>();
    int count = random.nextInt(13);
    for (int i = 0; i < count; i++) {
      tags.add(freeforms.draw(random));
    }
    return List.copyOf(tags);
  }

  private static int chapterCount(SplittableRandom random, int words) {
    if (words < 4_000 && random.nextDouble() < 0.9) {
      return 1;
    }
    double perChapter = lognormal(random, CHAPTER_WORDS_MEDIAN, 0.5);
    return (int) Math.clamp(Math.round(words / perChapter), 1, 200);
  }

  /** Paragraphs drawn from the sample until each chapter has its share of the words. */
  private List<List<String>> chapters(SplittableRandom random, int words, int chapterCount) {
    List<List<String>> chapters = new ArrayList<>();
    int perChapter = Math.max(1, words / chapterCount);
    for (int c = 0; c < chapterCount; c++) {
      List<String> paragraphs = new ArrayList<>();
      int written = 0;
      while (written < perChapter) {
        int index = prose.drawIndex(random);
        paragraphs.add(prose.paragraph(index));
        written += prose.words(index);
      }
      chapters.add(List.copyOf(paragraphs));
    }
    return List.copyOf(chapters);
  }

  /** A few words of a paragraph, capitalised: titles that read like titles, not like codes. */
  private String title(SplittableRandom random) {
    String[] words = prose.paragraph(prose.drawIndex(random)).replaceAll("[^\\p{L}\\s']", "").split("\\s+");
    int length = 1 + random.nextInt(Math.min(5, words.length));
    int start = random.nextInt(words.length - length + 1);
    StringBuilder title = new StringBuilder();
    for (int i = start; i < start + length; i++) {
      String word = words[i].toLowerCase(Locale.ROOT);
      if (!word.isEmpty()) {
        title.append(title.isEmpty() ? "" : " ")
            .append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return title.isEmpty() ? "Untitled" : title.toString();
  }

  /** The opening sentences of a drawn paragraph, for a summary. */
  private String sentences(SplittableRandom random, int count) {
    String paragraph = prose.paragraph(prose.drawIndex(random));
    int end = 0;
    for (int i = 0; i < count; i++) {
      int stop = paragraph.indexOf(". ", end);
      if (stop < 0) {
        return paragraph;
      }
      end = stop + 1;
    }
    return paragraph.substring(0, end);
  }

  private static List<String> distinct(Weighted weighted, SplittableRandom random, int count) {
    Set<String> drawn = new LinkedHashSet<>();
    for (int i = 0; i < count * 3 && drawn.size() < count; i++) {
      drawn.add(weighted.draw(random));
    }
    return List.copyOf(drawn);
  }

  static double lognormal(SplittableRandom random, double median, double sigma) {
    return median * Math.exp(sigma * random.nextGaussian());
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swapped = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swapped);
    }
  }

  /** A fixed set of names with fixed proportions. */
  private record Weighted(String[] names, double[] shares) {
    String draw(SplittableRandom random) {
      double point = random.nextDouble();
      for (int i = 0; i < names.length; i++) {
        point -= shares[i];
        if (point < 0) {
          return names[i];
        }
      }
      return names[names.length - 1];
    }
  }
}
