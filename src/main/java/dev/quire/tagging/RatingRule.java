package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import dev.quire.tagging.RatingTerms.Category;
import java.util.List;
import java.util.Locale;

/**
 * Suggests one AO3 rating from how often the chapters use explicit, sensual, violent and profane
 * terms ({@code rating-terms.txt}), per 1,000 words, or nothing when the text cannot support one.
 *
 * <p>A rating is suggested only from evidence for it. Mature and Explicit come from terms found:
 * a category raises the rating to the highest level whose threshold it reaches, so more of any
 * term never lowers the rating. General and Teen come from what is missing, and a missing word
 * says something only in a long enough text: in the Mature and Explicit works of the development
 * corpus the first explicit or sensual term came by word 3,968 at the latest (docs/TAGGING.md), so
 * General or Teen is suggested only for a text of at least {@value #ABSENCE_WORDS} words with no
 * explicit or sensual term at all (Teen when violence or profanity reach its threshold). Any such
 * term below the Mature threshold leaves the work unrated: it may be Teen or Mature, and a Mature
 * work suggested lower is worse than no suggestion. The term lists are English, so a text not
 * read as English ({@link LanguageDetector}) gets no rating: finding none of them in French or
 * Chinese means nothing. A text under {@value #MIN_WORDS} words gets none either.
 *
 * <table>
 *   <caption>Thresholds: occurrences per 1,000 words, and at least this many occurrences</caption>
 *   <tr><th>category</th><th>Teen</th><th>Mature</th><th>Explicit</th></tr>
 *   <tr><td>explicit (sexual anatomy and acts)</td><td>0.1, 1</td><td>0.3, 2</td><td>1.5, 2</td></tr>
 *   <tr><td>sensual (kissing, undressing)</td><td>1.5, 3</td><td>4.0, 3</td><td>10.0, 10</td></tr>
 *   <tr><td>violence</td><td>1.5, 3</td><td>8.0, 10</td><td>never</td></tr>
 *   <tr><td>profanity</td><td>1.0, 3</td><td>6.0, 5</td><td>never</td></tr>
 * </table>
 *
 * <p>Thresholds, the length and the confidences were chosen on the development split of the
 * shared corpus (its {@code ao3-html} and {@code ao3-pages} folders) against their authors'
 * ratings; {@code docs/TAGGING.md} gives the numbers and the held-out ones. Stateless and
 * thread-safe.
 */
final class RatingRule implements SuggestionRule {

  /** A level {@code category} reaches at {@code perThousand} and {@code minCount} occurrences. */
  record Threshold(Category category, Rating rating, double perThousand, int minCount) {
    boolean reachedBy(RatingFeatures features) {
      return features.count(category) >= minCount
          && features.perThousand(category) >= perThousand;
    }
  }

  // Highest level first: the first threshold reached decides.
  static final List<Threshold> THRESHOLDS =
      List.of(
          new Threshold(Category.EXPLICIT, Rating.EXPLICIT, 1.5, 2),
          new Threshold(Category.SENSUAL, Rating.EXPLICIT, 10.0, 10),
          new Threshold(Category.EXPLICIT, Rating.MATURE, 0.3, 2),
          new Threshold(Category.SENSUAL, Rating.MATURE, 4.0, 3),
          new Threshold(Category.VIOLENCE, Rating.MATURE, 8.0, 10),
          new Threshold(Category.PROFANITY, Rating.MATURE, 6.0, 5),
          new Threshold(Category.EXPLICIT, Rating.TEEN, 0.1, 1),
          new Threshold(Category.SENSUAL, Rating.TEEN, 1.5, 3),
          new Threshold(Category.VIOLENCE, Rating.TEEN, 1.5, 3),
          new Threshold(Category.PROFANITY, Rating.TEEN, 1.0, 3));

  // Share right on the development split, as (right + 1) / (suggested + 2): few works, so the
  // estimate leans towards a coin toss. Evidence found: 3 of 3 right; absence: none suggested.
  static final double CONFIDENCE_FOUND = 0.8;
  static final double CONFIDENCE_ABSENCE = 0.5;
  // Below this a handful of words decides everything; better to say nothing.
  static final int MIN_WORDS = 100;
  /** Words of text without an explicit or sensual term before their absence counts. */
  static final int ABSENCE_WORDS = 4_000;
  // Enough text for the language; a book is not joined whole to tell it.
  private static final int LANGUAGE_SAMPLE_CHARS = 200_000;

  private final RatingTerms terms;
  private final LanguageDetector languages;

  RatingRule() {
    this(RatingTerms.load());
  }

  RatingRule(RatingTerms terms) {
    this.terms = terms;
    this.languages = new LanguageDetector();
  }

  @Override
  public List<Suggestion> suggest(StoryReading story) {
    if (!readsAsEnglish(story)) {
      return List.of();
    }
    RatingFeatures features = RatingFeatures.measure(story.text(), terms);
    if (features.words() < MIN_WORDS) {
      return List.of();
    }
    Rating found = classify(features);
    if (found == Rating.EXPLICIT || found == Rating.MATURE) {
      return List.of(new Suggestion(
          TagKind.RATING, found.tagName(), CONFIDENCE_FOUND, features.describe(), Finding.RATING_FOUND));
    }
    int adultTerms = features.count(Category.EXPLICIT) + features.count(Category.SENSUAL);
    if (adultTerms > 0 || features.words() < ABSENCE_WORDS) {
      return List.of();
    }
    return List.of(new Suggestion(
        TagKind.RATING, found.tagName(), CONFIDENCE_ABSENCE, features.describeAbsence(),
        Finding.RATING_ABSENCE));
  }

  /**
   * Whether the text is English, the language of the term lists: a story stating another
   * language, or whose text reads as another or as none, is not.
   */
  private boolean readsAsEnglish(StoryReading story) {
    String stated = story.story().language();
    if (stated != null && !stated.isBlank() && !isEnglish(stated)) {
      return false;
    }
    // Whole paragraphs until they hold LANGUAGE_SAMPLE_CHARS characters with their line breaks.
    List<String> paragraphs = story.text().paragraphs();
    int sampled = 0;
    int chars = 0;
    while (sampled < paragraphs.size() && chars < LANGUAGE_SAMPLE_CHARS) {
      chars += paragraphs.get(sampled++).length() + 1;
    }
    return languages.detect(paragraphs.subList(0, sampled)).filter(RatingRule::isEnglish).isPresent();
  }

  private static boolean isEnglish(String languageTag) {
    String tag = languageTag.strip().toLowerCase(Locale.ROOT);
    return tag.equals("en") || tag.startsWith("en-") || tag.equals("english");
  }

  /** The highest level any category reaches; General when none reaches Teen. */
  static Rating classify(RatingFeatures features) {
    return THRESHOLDS.stream()
        .filter(threshold -> threshold.reachedBy(features))
        .map(Threshold::rating)
        .findFirst()
        .orElse(Rating.GENERAL);
  }
}
