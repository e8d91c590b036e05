package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ClusterServers;
import dev.quire.account.Viewer;
import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.Importer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.story.WorkStats;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same works give the same answers on both deployments. The seeds and a shelf of synthetic
 * works are imported into an embedded archive (H2, Lucene) and a cluster archive (PostgreSQL,
 * OpenSearch), and each search in AO3's syntax finds as many works on both, the same first page in
 * the same order, the same tag counts, and passages that mark the words searched for (not the same
 * passages: the highlighters may choose other sentences). Runs when the cluster is given, as on CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackendParityTest {

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");
  /** What separates a query's words from its field names and operators. */
  private static final Pattern FIELD_SYNTAX = Pattern.compile("[:\"()<>]");

  ConfigurableApplicationContext embedded;
  ConfigurableApplicationContext cluster;
  final Analyzer prose = LuceneAnalysis.prose();

  /** A search: its query and its tag filters. */
  record Search(String query, List<String> include, List<String> exclude) {

    Search(String query) {
      this(query, List.of(), List.of());
    }

    WorkSearch asWorkSearch() {
      return new WorkSearch(query, include, exclude, null, null, null, Set.of(), true);
    }

    @Override
    public String toString() {
      return query + (include.isEmpty() ? "" : " +" + include) + (exclude.isEmpty() ? "" : " -" + exclude);
    }
  }

  static Stream<Search> searches() {
    return Stream.of(
        new Search("lantern"),
        new Search("silver lantern"),
        new Search("\"silver lantern\""),
        new Search("\"the old bridge\" kettle"),
        new Search("lantern -harbour"),
        new Search("orchard OR meadow"),
        new Search("kettle AND river"),
        new Search("(lantern OR candle) -fandom:\"Winter Station\""),
        new Search("tag:Angst"),
        new Search("rating:Explicit"),
        new Search("rating:\"General Audiences\" lantern"),
        new Search("source_kudos:>300"),
        new Search("words:<400"),
        new Search("lantern sort:source_kudos"),
        new Search("river sort:words"),
        new Search("bridge sort:title"),
        new Search("complete:true candle"),
        new Search("fandom:\"Orchard Saga\""),
        new Search("creator:\"Ada Quill\""),
        new Search("title:harbour"),
        new Search("summary:garden"),
        new Search("Smallville"),
        new Search("Maggie"),
        new Search("chapters:>1 sort:updated"),
        new Search("single_chapter:true teapot"),
        new Search("freeform:Fluff source_kudos:<200"),
        new Search("sort:published"),
        new Search("letter", List.of("fandom:Teapot Tales"), List.of("Angst")),
        new Search("crossover:true", List.of(), List.of("creator:Bram Ink")));
  }

  @BeforeAll
  void importTheSameWorksIntoBoth(@TempDir Path folder) throws IOException {
    ClusterServers.assumeAvailable();
    List<Path> seeds = new ArrayList<>();
    for (String seed : List.of("000_6d3892887376a1a9.txt", "001_b7773ee8eb1fcad9.txt")) {
      try (InputStream in = getClass().getResourceAsStream("/seeds/" + seed)) {
        Path file = folder.resolve(seed);
        Files.copy(in, file);
        seeds.add(file);
      }
    }
    embedded = StartedArchives.embedded();
    cluster = StartedArchives.onCluster(ClusterServers.newName(), false);
    for (ConfigurableApplicationContext archive : List.of(embedded, cluster)) {
      assertThat(archive.getBean(Importer.class).importPaths(seeds, false, outcome -> {}).files())
          .extracting(FileOutcome::status).containsOnly(FileOutcome.Status.IMPORTED);
      WorkPublisher publisher = archive.getBean(WorkPublisher.class);
      shelf().forEach(story -> TestWorks.publish(publisher, story));
    }
  }

  @AfterAll
  void closeBoth() {
    Stream.of(embedded, cluster).filter(archive -> archive != null).forEach(ConfigurableApplicationContext::close);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("searches")
  void bothDeploymentsFindTheSameWorksInTheSameOrderWithTheSameTagCounts(Search search) {
    WorkHits lucene = search(embedded, search);
    WorkHits openSearch = search(cluster, search);

    assertThat(lucene.total()).as("a search that finds nothing proves little").isPositive();
    assertThat(openSearch.total()).as("total").isEqualTo(lucene.total());
    assertThat(titles(openSearch)).as("first page").isEqualTo(titles(lucene));
    assertThat(openSearch.facets()).as("tag counts").isEqualTo(lucene.facets());
    assertThat(passagesByTitle(openSearch).keySet()).as("works with passages")
        .isEqualTo(passagesByTitle(lucene).keySet());
    for (WorkHits hits : List.of(lucene, openSearch)) {
      passagesByTitle(hits).forEach((title, passages) -> passages.forEach(passage ->
          assertThat(marked(passage)).as("the marks of a passage of %s", title).isNotEmpty()
              .allSatisfy(mark -> assertThat(terms(FIELD_SYNTAX.matcher(search.query()).replaceAll(" ")))
                  .containsAll(terms(mark)))));
    }
  }

  @Test
  void aPhraseIsMarkedWholeAndItsWordsAloneNotAtAll() {
    for (ConfigurableApplicationContext archive : List.of(embedded, cluster)) {
      Map<String, List<String>> passages = passagesByTitle(search(archive, new Search("\"silver lantern\"")));

      assertThat(passages).isNotEmpty();
      assertThat(passages.values().stream().flatMap(List::stream).flatMap(passage -> marked(passage).stream()))
          .isNotEmpty()
          .allSatisfy(mark -> assertThat(mark).isEqualToIgnoringCase("silver lantern"));
    }
  }

  private static WorkHits search(ConfigurableApplicationContext archive, Search search) {
    return archive.getBean(WorkQuery.class).search(Viewer.guest(), search.asWorkSearch());
  }

  private static List<String> titles(WorkHits hits) {
    return hits.works().stream().map(WorkSummary::title).toList();
  }

  private static Map<String, List<String>> passagesByTitle(WorkHits hits) {
    Map<String, List<String>> passages = new HashMap<>();
    hits.works().forEach(work -> {
      if (!hits.snippetsOf(work.id()).isEmpty()) {
        passages.put(work.title(), hits.snippetsOf(work.id()));
      }
    });
    return passages;
  }

  private static List<String> marked(String passage) {
    List<String> marks = new ArrayList<>();
    Matcher mark = MARK.matcher(passage);
    while (mark.find()) {
      marks.add(mark.group(1));
    }
    return marks;
  }

  /** The index terms of {@code text}: a marked word is one of the query's, stemmed. */
  private List<String> terms(String text) {
    return PhraseRanking.terms(prose, text);
  }

  private static final List<String> ADJECTIVES = List.of("silver", "old", "quiet", "bright", "distant", "small");
  private static final List<String> NOUNS = List.of(
      "lantern", "harbour", "orchard", "teapot", "meadow", "river", "letter", "garden", "bridge", "candle", "station", "kettle");
  private static final List<String> VERBS = List.of("watched", "carried", "found", "mended", "passed", "painted");
  private static final List<String> CREATORS = List.of(
      "Ada Quill", "Bram Ink", "Cora Vellum", "Dov Nib", "Esme Folio", "Finn Margin", "Greta Serif");
  private static final List<String> FANDOMS = List.of(
      "Teapot Tales", "Harbour Chronicles", "Orchard Saga", "Lantern Files", "Winter Station");
  private static final List<String> RATINGS = List.of(
      "General Audiences", "Teen And Up Audiences", "Mature", "Explicit", "Not Rated");
  private static final List<String> FREEFORMS = List.of("Found Family", "Angst", "Fluff", "Slow Burn");
  private static final List<String> CHARACTERS = List.of("Mira Vale", "Tobin Reed", "Lio Marsh", "Sela Thorn");

  /**
   * Sixty works of sentences drawn from a few words, with tags, counts, lengths and dates drawn
   * from a fixed seed: the same shelf on every run and in both archives, varied enough that words
   * rank works apart and tags count differently.
   */
  static List<StoryDocument> shelf() {
    Random random = new Random(20_261_203);
    List<StoryDocument> shelf = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int chapters = 1 + random.nextInt(3);
      StoryDocument.Builder story = StoryDocument.builder()
          .title(capitalized(pick(random, ADJECTIVES)) + " " + capitalized(pick(random, NOUNS)) + " " + (i + 1))
          .creator(CREATORS.get(i % CREATORS.size()))
          .summary("<p>" + sentence(random) + "</p>")
          .language("en")
          .tag(TagKind.RATING, pick(random, RATINGS))
          .tag(TagKind.FANDOM, pick(random, FANDOMS))
          .tag(TagKind.CHARACTER, pick(random, CHARACTERS))
          .tag(TagKind.FREEFORM, pick(random, FREEFORMS))
          .stats(new WorkStats(random.nextInt(600), random.nextInt(5000), random.nextInt(40), random.nextInt(60)))
          .chaptersExpected(random.nextInt(3) == 0 ? null : chapters + random.nextInt(2))
          .published(LocalDate.of(2020, 1, 1).plusDays(17L * i))
          .updated(LocalDate.of(2020, 1, 1).plusDays(17L * i + random.nextInt(16)));
      if (random.nextInt(6) == 0) {
        story.tag(TagKind.FANDOM, pick(random, FANDOMS));
      }
      for (int c = 0; c < chapters; c++) {
        StringBuilder body = new StringBuilder();
        int paragraphs = 1 + random.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
          body.append("<p>");
          int sentences = 1 + random.nextInt(6);
          for (int s = 0; s < sentences; s++) {
            body.append(sentence(random)).append(' ');
          }
          body.append("</p>");
        }
        story.chapter(new StoryChapter(null, null, null, body.toString()));
      }
      shelf.add(story.build());
    }
    return shelf;
  }

  private static String sentence(Random random) {
    return "The " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + " " + pick(random, VERBS) + " the "
        + pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + ".";
  }

  private static String pick(Random random, List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
