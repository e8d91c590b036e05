package dev.quire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ingest.format.StoryFormats;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import dev.quire.tagging.RatingRule.Threshold;
import dev.quire.tagging.RatingTerms.Category;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RatingRuleTest {

  private static final String KITCHEN =
      "<p>She put the kettle on and set out two cups. The bread was still warm, so she"
          + " cut four slices and laid them on the blue plate. Outside the window the garden was"
          + " quiet; a blackbird sang on the fence while the water began to hum.</p>";

  private final RatingRule rule = new RatingRule();

  @ParameterizedTest
  @ValueSource(strings = {"000_6d3892887376a1a9.txt", "001_b7773ee8eb1fcad9.txt"})
  void suggestsExplicitForTheAdultSeeds(String seed) throws Exception {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/seeds/" + seed)) {
      bytes = in.readAllBytes();
    }
    StoryDocument story = StoryFormats.detect(bytes, seed).orElseThrow().read(bytes, seed);

    List<Suggestion> suggestions = rule.suggest(reading(story));

    assertThat(suggestions).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(TagKind.RATING);
      assertThat(s.name()).isEqualTo("Explicit");
      assertThat(s.evidence()).startsWith("explicit terms: ").contains("per 1,000 words");
    });
  }

  @Test
  void suggestsGeneralAudiencesForALongStoryWithoutAnAdultWord() {
    StoryDocument story = story(KITCHEN.repeat(100));

    assertThat(rule.suggest(reading(story))).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo(Rating.GENERAL.tagName());
      assertThat(s.evidence()).isEqualTo(
          "no explicit or sensual terms in 4,600 words; violence: 0; profanity: 0");
      assertThat(s.confidence()).isEqualTo(RatingRule.CONFIDENCE_ABSENCE);
    });
  }

  @Test
  void suggestsTeenForALongViolentStoryWithoutAnAdultWord() {
    String fight = "<p>The soldier was wounded in the fight and the blood ran down his arm.</p>";
    StoryDocument story = story(KITCHEN.repeat(100) + fight.repeat(10));

    assertThat(rule.suggest(reading(story))).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo(Rating.TEEN.tagName());
      assertThat(s.evidence()).startsWith("no explicit or sensual terms in 4,740 words; violence: ");
    });
  }

  @Test
  void aShortStoryWithoutAdultWordsGetsNoRating() {
    StoryDocument story = story(KITCHEN.repeat(20));

    assertThat(rule.suggest(reading(story))).isEmpty();
  }

  @Test
  void anExplicitWorkIsNeverSuggestedGeneral() {
    // A long, quiet opening and a single kiss: too little to call Mature, too much to call General.
    String kiss = "<p>He kissed her slowly by the window and she did not pull away.</p>";
    StoryDocument story = story(KITCHEN.repeat(100) + kiss);

    assertThat(rule.suggest(reading(story))).isEmpty();
  }

  @Test
  void chineseTextGetsNoRating() {
    String paragraph = "<p>她把水壶放在炉子上，摆好两个杯子。面包还是温的，所以她切了四片，放在蓝色的盘子上。"
        + "窗外的花园很安静，一只乌鸫在篱笆上唱歌，水开始嗡嗡作响。</p>";
    StoryDocument story = story(paragraph.repeat(400) + "<p>Chapter 1 by Lan</p>");

    assertThat(rule.suggest(reading(story))).isEmpty();
  }

  @Test
  void frenchTextGetsNoRatingFromMissingEnglishWords() {
    String paragraph = "<p>Elle mit la bouilloire sur le feu et sortit deux tasses. Le pain était"
        + " encore chaud, alors elle en coupa quatre tranches et les posa sur l'assiette bleue."
        + " Dehors, le jardin était calme; un merle chantait sur la clôture.</p>";
    StoryDocument story = story(paragraph.repeat(150));

    assertThat(rule.suggest(reading(story))).isEmpty();
  }

  @Test
  void aStoryStatingAnotherLanguageGetsNoRating() {
    StoryDocument story = StoryDocument.builder().language("de")
        .chapter(new StoryChapter(null, null, null, KITCHEN.repeat(100))).build();

    assertThat(rule.suggest(reading(story))).isEmpty();
  }

  @Test
  void quotesTheCountsAndMostFrequentTermsAsEvidence() {
    String text = "<p>" + "the soldier was wounded and the wounded man bled. ".repeat(12) + "</p>";

    Suggestion suggestion = rule.suggest(reading(story(text))).getFirst();

    assertThat(suggestion.evidence()).startsWith(
        "explicit terms: 0; sensual: 0; violence: 36 (333.3 per 1,000 words), e.g. wounded, bled");
  }

  @Test
  void suggestsNothingForAStoryTooShortToJudge() {
    assertThat(rule.suggest(reading(story("<p>…</p>")))).isEmpty();
    assertThat(rule.suggest(reading(story("<p>" + "tea and toast ".repeat(33) + "</p>")))).isEmpty();
  }

  @Test
  void explicitFeaturesAreNeverGeneralOrTeenWhateverTheOtherCounts() {
    for (Threshold explicit : thresholdsFor(Rating.EXPLICIT)) {
      for (int other = 0; other <= 200; other += 10) {
        Map<Category, Integer> counts = uniform(other);
        counts.put(explicit.category(), (int) Math.ceil(explicit.perThousand() * 10));

        assertThat(RatingRule.classify(features(10_000, counts))).isEqualTo(Rating.EXPLICIT);
      }
    }
  }

  @Test
  void moreOfAnyTermNeverLowersTheRating() {
    int[] steps = {0, 1, 2, 3, 5, 10, 20, 40, 80, 160};
    for (int words : new int[] {300, 2_000, 20_000}) {
      for (Category raised : Category.values()) {
        for (int base : steps) {
          Rating before = RatingRule.classify(features(words, uniform(base)));
          for (int more : steps) {
            Map<Category, Integer> counts = uniform(base);
            counts.put(raised, base + more);
            assertThat(RatingRule.classify(features(words, counts)).compareTo(before))
                .as("%s raised by %d over %d in %d words", raised, more, base, words)
                .isGreaterThanOrEqualTo(0);
          }
        }
      }
    }
  }

  private static List<Threshold> thresholdsFor(Rating rating) {
    return RatingRule.THRESHOLDS.stream().filter(t -> t.rating() == rating).toList();
  }

  private static Map<Category, Integer> uniform(int count) {
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      counts.put(category, count);
    }
    return counts;
  }

  private static RatingFeatures features(int words, Map<Category, Integer> counts) {
    Map<Category, List<String>> examples = new EnumMap<>(Category.class);
    counts.keySet().forEach(c -> examples.put(c, List.of()));
    return new RatingFeatures(words, counts, examples);
  }

  private static StoryDocument story(String html) {
    return StoryDocument.builder().chapter(new StoryChapter(null, null, null, html)).build();
  }

  private static StoryReading reading(StoryDocument story) {
    return new StoryReading(story, Vocabulary.empty());
  }
}
