package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import dev.quire.tagging.RatingTerms.Category;
import java.util.List;

/**
 * Suggests one AO3 rating from how often the chapters use explicit, sensual, violent and profane
 * terms ({@code rating-terms.txt}), per 1,000 words.
 *
 * <p>A category raises the rating to the highest level whose threshold it reaches; the work gets
 * the highest level any category reaches, so more of any term never lowers the rating and a work
 * whose explicit terms reach the Explicit threshold is never suggested General or Teen. A level
 * also needs a minimum number of occurrences, so one stray word in a drabble decides nothing; a
 * text under {@value #MIN_WORDS} words gets no suggestion at all.
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
 * <p>They were chosen on the AO3 files of the shared corpus against their authors' ratings; {@code
 * docs/TAGGING.md} gives the numbers. Stateless and thread-safe.
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

  // Word counts decide ratings only roughly; an editor should always look.
  private static final double CONFIDENCE_REACHED = 0.7;
  private static final double CONFIDENCE_GENERAL = 0.6;
  private static final double CONFIDENCE_SHORT = 0.4;
  private static final int SHORT_WORK = 500;
  // Below this a handful of words decides everything; better to say nothing.
  static final int MIN_WORDS = 100;

  private final RatingTerms terms;

  RatingRule() {
    this(RatingTerms.load());
  }

  RatingRule(RatingTerms terms) {
    this.terms = terms;
  }

  @Override
  public List<Suggestion> suggest(StoryReading story) {
    RatingFeatures features = RatingFeatures.measure(story.text(), terms);
    if (features.words() < MIN_WORDS) {
      return List.of();
    }
    Rating rating = classify(features);
    double confidence = features.words() < SHORT_WORK ? CONFIDENCE_SHORT
        : rating == Rating.GENERAL ? CONFIDENCE_GENERAL : CONFIDENCE_REACHED;
    return List.of(
        new Suggestion(TagKind.RATING, rating.tagName(), confidence, features.describe()));
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
