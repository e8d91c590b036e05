package dev.quire.cli;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import dev.quire.tagging.Suggestion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Suggestions scored against the tags authors gave, per tag kind, and the ratings side by side.
 * A suggestion is right when the author gave a tag of its kind with the same name, ignoring letter
 * case and a trailing AO3 disambiguation such as "(TV)", or the same one as FanFiction.Net writes
 * it ({@link #abbreviates}). Not thread-safe.
 */
final class TaggingScore {

  /** The column of a work whose rating was not suggested, and the row of one the author left unrated. */
  static final String NONE = "(none)";

  /** Counts for one kind: suggestions made, those the author also gave, and the author's tags. */
  static final class Tally {
    int suggested;
    int correct;
    int authorTags;

    /** Share of suggestions that were right, or {@code null} with no suggestions. */
    Double precision() {
      return suggested == 0 ? null : (double) correct / suggested;
    }

    /** Share of the author's tags that were suggested, or {@code null} with none. */
    Double recall() {
      return authorTags == 0 ? null : (double) correct / authorTags;
    }
  }

  /**
   * Suggestions whose confidence lies in [{@code from}, {@code to}) (the last bucket includes
   * 1.0), and how many of them were right: a calibrated 0.8 is right four times in five.
   */
  static final class Bucket {
    final double from;
    final double to;
    int suggested;
    int correct;

    Bucket(double from, double to) {
      this.from = from;
      this.to = to;
    }

    boolean holds(double confidence) {
      return confidence >= from && (confidence < to || to == 1.0);
    }

    /** Share of its suggestions that were right, or {@code null} with none. */
    Double share() {
      return suggested == 0 ? null : (double) correct / suggested;
    }
  }

  /** Where the confidence buckets start and end. */
  static final double[] BUCKET_EDGES = {0.0, 0.5, 0.7, 0.9, 1.0};

  int files;
  int scored;
  int unreadable;
  final Map<TagKind, Tally> kinds = new EnumMap<>(TagKind.class);
  /** Author rating → suggested rating → works. */
  final Map<String, Map<String, Integer>> ratings = new TreeMap<>(TaggingScore::byRatingOrder);

  /** Per kind, its suggestions by confidence, lowest bucket first. */
  final Map<TagKind, List<Bucket>> calibration = new EnumMap<>(TagKind.class);

  /** Every scored file's suggestions, judged, in the order the files were scored. */
  final List<FileScore> eachFile = new ArrayList<>();

  /** A suggestion and whether the author gave the tag it names. */
  record Judged(Suggestion suggestion, boolean right) {}

  /**
   * One file's suggestions, judged, and the author's tags of the kinds a rule suggests
   * ({@link #SUGGESTED_KINDS}) that no suggestion named.
   */
  record FileScore(String file, List<Judged> suggestions, List<AuthorTag> missed) {}

  /** The kinds some rule suggests; a missed freeform or warning says nothing about the rules. */
  static final Set<TagKind> SUGGESTED_KINDS =
      Set.of(TagKind.RATING, TagKind.CATEGORY, TagKind.FANDOM, TagKind.RELATIONSHIP, TagKind.CHARACTER);

  TaggingScore() {
    for (TagKind kind : TagKind.values()) {
      kinds.put(kind, new Tally());
      List<Bucket> buckets = new ArrayList<>();
      for (int i = 1; i < BUCKET_EDGES.length; i++) {
        buckets.add(new Bucket(BUCKET_EDGES[i - 1], BUCKET_EDGES[i]));
      }
      calibration.put(kind, List.copyOf(buckets));
    }
  }

  /** Scores the suggestions made for the story in {@code file} against the author's {@code truth}. */
  void add(String file, List<AuthorTag> truth, List<Suggestion> suggestions) {
    scored++;
    truth.forEach(tag -> kinds.get(tag.kind()).authorTags++);
    List<Judged> judged = new ArrayList<>();
    for (Suggestion suggestion : suggestions) {
      Tally tally = kinds.get(suggestion.kind());
      Bucket bucket = calibration.get(suggestion.kind()).stream()
          .filter(b -> b.holds(suggestion.confidence())).findFirst().orElseThrow();
      tally.suggested++;
      bucket.suggested++;
      boolean right = truth.stream().anyMatch(tag -> names(tag, suggestion));
      if (right) {
        tally.correct++;
        bucket.correct++;
      }
      judged.add(new Judged(suggestion, right));
    }
    List<AuthorTag> missed = truth.stream()
        .filter(tag -> SUGGESTED_KINDS.contains(tag.kind()))
        .filter(tag -> suggestions.stream().noneMatch(suggestion -> names(tag, suggestion)))
        .toList();
    eachFile.add(new FileScore(file, List.copyOf(judged), missed));
    String author = truth.stream().filter(t -> t.kind() == TagKind.RATING)
        .map(AuthorTag::name).findFirst().orElse(NONE);
    String suggested = suggestions.stream().filter(s -> s.kind() == TagKind.RATING)
        .map(Suggestion::name).findFirst().orElse(NONE);
    ratings.computeIfAbsent(author, a -> new LinkedHashMap<>()).merge(suggested, 1, Integer::sum);
  }

  /** The rating columns: AO3's four a rule can suggest, then {@link #NONE}. */
  static List<String> ratingColumns() {
    return List.of(Rating.GENERAL.tagName(), Rating.TEEN.tagName(), Rating.MATURE.tagName(),
        Rating.EXPLICIT.tagName(), NONE);
  }

  private static int byRatingOrder(String first, String second) {
    int byOrder = Integer.compare(order(first), order(second));
    return byOrder != 0 ? byOrder : first.compareTo(second);
  }

  private static int order(String rating) {
    return Rating.fromTagName(rating).map(Enum::ordinal).orElse(Rating.values().length);
  }

  /** Whether the author's {@code tag} is the one {@code suggestion} names (see the class comment). */
  static boolean names(AuthorTag tag, Suggestion suggestion) {
    return key(tag.kind(), tag.name()).equals(key(suggestion.kind(), suggestion.name())) || abbreviates(tag, suggestion);
  }

  /**
   * Whether the author's tag names the suggested one the way FanFiction.Net does: a fandom
   * without AO3's "- Creator" ("Harry Potter" for "Harry Potter - J. K. Rowling"), a character
   * by first name and initial ("Harry P." for "Harry Potter").
   */
  static boolean abbreviates(AuthorTag tag, Suggestion suggestion) {
    if (tag.kind() != suggestion.kind()) {
      return false;
    }
    String given = tag.name().strip().toLowerCase(Locale.ROOT);
    String suggested = key(suggestion.kind(), suggestion.name()).substring(
        suggestion.kind().key().length() + 1);
    return switch (suggestion.kind()) {
      case FANDOM -> suggested.contains(" - ")
          && suggested.substring(0, suggested.indexOf(" - ")).equals(given);
      case CHARACTER -> {
        String[] parts = given.split("\\s+");
        String[] full = suggested.split("\\s+");
        yield parts.length == 2 && parts[1].matches("\\p{L}\\.") && full.length >= 2
            && full[0].equals(parts[0]) && full[full.length - 1].startsWith(parts[1].substring(0, 1));
      }
      default -> false;
    };
  }

  static String key(TagKind kind, String name) {
    String bare = name.replaceFirst("\\s*\\([^)]*\\)\\s*$", "").strip().toLowerCase(Locale.ROOT);
    return kind.key() + ":" + bare;
  }

  /** Whether the story gives any tag to score against. */
  static boolean hasTruth(StoryDocument story) {
    return !story.tags().isEmpty();
  }
}
