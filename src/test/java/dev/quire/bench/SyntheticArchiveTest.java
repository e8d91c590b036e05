package dev.quire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ingest.format.Ao3HtmlFormat;
import dev.quire.story.StoryDocument;
import dev.quire.tag.TagKind;
import dev.quire.tagging.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated archive: reproducible, shaped like AO3's, and written as AO3 writes downloads. */
class SyntheticArchiveTest {

  private static SyntheticArchive archive(long seed, int works, boolean metadataOnly) {
    return new SyntheticArchive(seed, works, metadataOnly, ProseSample.builtIn(seed),
        FreeformTags.builtIn(), Vocabulary.shipped());
  }

  @Test
  void theSameSeedWritesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
    long bytes = Benchmark.write(archive(7, 40, false), first);
    long again = Benchmark.write(archive(7, 40, false), second);

    assertThat(again).isEqualTo(bytes);
    List<Path> files = files(first);
    assertThat(files).hasSize(40);
    for (Path file : files) {
      assertThat(second.resolve(first.relativize(file))).hasSameBinaryContentAs(file);
    }
  }

  @Test
  void anotherSeedWritesOtherWorks(@TempDir Path first, @TempDir Path second) throws IOException {
    Benchmark.write(archive(7, 10, false), first);
    Benchmark.write(archive(8, 10, false), second);

    Path file = files(first).getFirst();
    assertThat(Files.readString(second.resolve(first.relativize(file)))).isNotEqualTo(Files.readString(file));
  }

  @Test
  void aWorkIsTheSameWhicheverWorksWereDrawnBeforeIt() {
    SyntheticArchive archive = archive(3, 100, false);
    WorkSpec alone = archive.work(57);
    IntStream.range(0, 57).forEach(archive::work);

    assertThat(archive.work(57)).isEqualTo(alone);
  }

  @Test
  void fandomsFollowZipfSoTheTopFandomHoldsItsShare() {
    SyntheticArchive archive = archive(11, 20_000, true);
    Map<String, Integer> works = new HashMap<>();
    IntStream.range(0, archive.works())
        .forEach(n -> works.merge(archive.work(n).fandoms().getFirst(), 1, Integer::sum));
    String top = archive.fandomsByRank().getFirst().name();
    double share = works.get(top) / (double) archive.works();
    int median = works.values().stream().sorted().toList().get(works.size() / 2);

    assertThat(share).isBetween(0.85 * archive.fandomRanks().topShare(), 1.15 * archive.fandomRanks().topShare());
    assertThat(works.get(top)).isGreaterThan(20 * median);
  }

  @Test
  void lengthsAreLogNormalAroundAo3sMedianWithALongTail() {
    SyntheticArchive archive = archive(5, 20_000, true);
    int[] words = IntStream.range(0, archive.works()).map(n -> archive.work(n).words()).sorted().toArray();
    double mean = Arrays.stream(words).average().orElseThrow();

    assertThat(words[words.length / 2]).isBetween(2_200, 2_800);
    assertThat(mean).isGreaterThan(1.8 * words[words.length / 2]);
    assertThat(words[words.length - 1]).isGreaterThan(50_000);
  }

  @Test
  void popularWorksHaveMoreKudosBookmarksAndComments() {
    SyntheticArchive archive = archive(9, 5_000, true);
    List<WorkSpec> byHits = IntStream.range(0, archive.works()).mapToObj(archive::work)
        .sorted((a, b) -> Integer.compare(a.hits(), b.hits())).toList();
    List<WorkSpec> least = byHits.subList(0, 500);
    List<WorkSpec> most = byHits.subList(byHits.size() - 500, byHits.size());

    assertThat(average(most, WorkSpec::kudos)).isGreaterThan(10 * average(least, WorkSpec::kudos));
    assertThat(average(most, WorkSpec::bookmarks)).isGreaterThan(10 * average(least, WorkSpec::bookmarks));
    assertThat(average(most, WorkSpec::comments)).isGreaterThan(10 * average(least, WorkSpec::comments));
    assertThat(byHits).allMatch(w -> w.kudos() <= w.hits());
  }

  @Test
  void aWrittenWorkReadsBackAsTheAo3DownloadItWasGeneratedFrom() throws Exception {
    SyntheticArchive archive = archive(2, 200, false);
    WorkSpec work = IntStream.range(0, 200).mapToObj(archive::work)
        .filter(w -> w.chaptersPosted() > 2 && !w.freeforms().isEmpty()).findFirst().orElseThrow();

    StoryDocument read = new Ao3HtmlFormat().read(
        Ao3Download.html(work).getBytes(StandardCharsets.UTF_8), "work.html");

    assertThat(read.title()).isEqualTo(work.title());
    assertThat(read.creators()).containsExactly(work.creator());
    assertThat(read.published()).isEqualTo(work.published());
    assertThat(read.chaptersExpected()).isEqualTo(work.chaptersExpected());
    assertThat(read.chapters()).hasSize(work.chaptersPosted());
    assertThat(read.sourceUrl()).isEqualTo(Ao3Download.url(work));
    assertThat(tagNames(read, TagKind.FANDOM)).isEqualTo(work.fandoms());
    assertThat(tagNames(read, TagKind.CHARACTER)).isEqualTo(work.characters());
    assertThat(tagNames(read, TagKind.FREEFORM)).isEqualTo(work.freeforms());
    assertThat(tagNames(read, TagKind.RATING)).containsExactly(work.rating());
    assertThat(read.chapters().getFirst().bodyHtml()).contains(work.chapters().getFirst().getFirst().substring(0, 20));
    assertThat(Ao3Download.html(work)).contains("Kudos: ").contains("Bookmarks: ").contains("Hits: ").contains("Comments: ");
  }

  @Test
  void aMetadataOnlyArchiveHoldsNoChapterText() {
    SyntheticArchive archive = archive(2, 50, true);

    assertThat(IntStream.range(0, 50).mapToObj(archive::work)).allSatisfy(work -> {
      assertThat(work.chapters()).isEmpty();
      assertThat(work.summary()).isNotBlank();
      assertThat(Ao3Download.html(work)).contains(Ao3Download.NO_TEXT);
    });
  }

  @Test
  void worksArePublishedOverTenYearsMostlyInEnglish() {
    SyntheticArchive archive = archive(4, 2_000, true);
    List<WorkSpec> works = IntStream.range(0, 2_000).mapToObj(archive::work).toList();

    assertThat(works).allMatch(w -> !w.published().isBefore(LocalDate.of(2015, 1, 1))
        && w.published().isBefore(LocalDate.of(2025, 1, 1)));
    assertThat(works.stream().filter(w -> w.language().equals("English")).count()).isBetween(1_700L, 1_900L);
  }

  private static List<String> tagNames(StoryDocument story, TagKind kind) {
    return story.tags().stream().filter(t -> t.kind() == kind).map(StoryDocument.AuthorTag::name).toList();
  }

  private static double average(List<WorkSpec> works, java.util.function.ToIntFunction<WorkSpec> figure) {
    return works.stream().mapToInt(figure).average().orElseThrow();
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
