package dev.quire.bench;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.ingest.format.StoryFormats;
import dev.quire.story.StoryDocument;
import dev.quire.tagging.Suggestion;
import dev.quire.tagging.TagSuggester;
import dev.quire.tagging.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the import's reading threads spend on each work besides reading its file and cleaning its
 * HTML: suggesting its tags (the rules' own reading of the chapters included). The works are the
 * first {@link #works} of {@code quire bench}'s generated archive (seed 1: the same works, AO3
 * downloads read as the import reads them), with Project Gutenberg's prose when {@link #shared}
 * holds it and the built-in sentences otherwise. Each call takes the next work, round the list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class TaggingBenchmark {

  /** The shared material's folder, whose {@code gutenberg} books give the works' prose. */
  @Param("../shared")
  public String shared;

  @Param("1000")
  public int works;

  private final List<StoryDocument> stories = new ArrayList<>();
  private TagSuggester suggester;
  private int next;

  @Setup
  public void readWorks() throws IOException, UnreadableFileException {
    Path material = Path.of(shared);
    SyntheticArchive archive = new SyntheticArchive(1, works, false, ProseSample.load(material.resolve("gutenberg"), 1),
        FreeformTags.load(Files.isDirectory(material) ? material : null), Vocabulary.shipped());
    for (int number = 0; number < works; number++) {
      byte[] file = Ao3Download.html(archive.work(number)).getBytes(StandardCharsets.UTF_8);
      String name = String.format("%07d.html", number);
      stories.add(StoryFormats.detect(file, name).orElseThrow().read(file, name));
    }
    suggester = new TagSuggester();
  }

  @Benchmark
  public List<Suggestion> suggestTags() {
    return suggester.suggest(nextStory());
  }

  private StoryDocument nextStory() {
    StoryDocument story = stories.get(next);
    next = (next + 1) % stories.size();
    return story;
  }
}
