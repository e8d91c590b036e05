package dev.quire.cli;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.ingest.format.StoryFormat;
import dev.quire.ingest.format.StoryFormats;
import dev.quire.story.StoryDocument;
import dev.quire.tag.TagKind;
import dev.quire.tagging.TagSuggester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code quire eval}: measures Quire's guesses against files whose answers are known. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure how well Quire's guesses match what authors wrote.",
    subcommands = {EvalCommand.Tagging.class})
final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /**
   * {@code quire eval tagging DIR...}: suggests tags for every readable file below each DIR with
   * its author's tags removed and scores them, together, against those tags. Several folders let
   * a development split and a held-out split be scored apart. Reads files only; needs no archive.
   */
  @Command(
      name = "tagging",
      mixinStandardHelpOptions = true,
      description = "Score tag suggestions against the tags authors gave, per tag kind.")
  static final class Tagging implements Callable<Integer> {

    @Option(names = "--json", description = "Print the scores as one JSON object.")
    boolean json;

    @Option(names = "--each-file",
        description = "Also list every file's suggestions, each right or wrong, and the author's tags none named.")
    boolean eachFile;

    @Parameters(paramLabel = "DIR", arity = "1..*",
        description = "Folders of story files, read recursively and scored together.")
    List<Path> dirs;

    @Override
    public Integer call() throws IOException {
      for (Path dir : dirs) {
        if (!Files.isDirectory(dir)) {
          throw new IllegalArgumentException("not a folder: " + dir);
        }
      }
      TagSuggester suggester = new TagSuggester();
      TaggingScore score = new TaggingScore();
      for (Path dir : dirs) {
        score(dir, suggester, score);
      }
      System.out.print(json
          ? JsonMapper.builder().build().writeValueAsString(asJson(score, eachFile)) + System.lineSeparator()
          : (eachFile ? TaggingReport.eachFile(score) + System.lineSeparator() : "") + TaggingReport.text(score));
      return 0;
    }
  }

  static TaggingScore score(Path dir, TagSuggester suggester) throws IOException {
    return score(dir, suggester, new TaggingScore());
  }

  /** Adds the files below {@code dir} to {@code score}; returns it. */
  static TaggingScore score(Path dir, TagSuggester suggester, TaggingScore score)
      throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
        score.files++;
        Optional<StoryDocument> story = read(file);
        if (story.isEmpty()) {
          score.unreadable++;
        } else if (TaggingScore.hasTruth(story.get())) {
          StoryDocument untagged = story.get().toBuilder().tags(List.of()).build();
          score.add(file.toString(), story.get().tags(), suggester.suggest(untagged));
        }
      }
    }
    return score;
  }

  private static Optional<StoryDocument> read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      Optional<StoryFormat> format = StoryFormats.detect(bytes, name);
      return format.isEmpty() ? Optional.empty() : Optional.of(format.get().read(bytes, name));
    } catch (UnreadableFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> asJson(TaggingScore.FileScore file) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", file.file());
    json.put("suggestions", file.suggestions().stream().map(judged -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("kind", judged.suggestion().kind().key());
      entry.put("name", judged.suggestion().name());
      entry.put("confidence", judged.suggestion().confidence());
      entry.put("right", judged.right());
      entry.put("evidence", judged.suggestion().evidence());
      return entry;
    }).toList());
    json.put("missed", file.missed().stream().map(tag -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("kind", tag.kind().key());
      entry.put("name", tag.name());
      return entry;
    }).toList());
    return json;
  }

  static Map<String, Object> asJson(TaggingScore score, boolean eachFile) {
    Map<String, Object> kinds = new LinkedHashMap<>();
    for (TagKind kind : TagKind.values()) {
      TaggingScore.Tally tally = score.kinds.get(kind);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("suggested", tally.suggested);
      entry.put("correct", tally.correct);
      entry.put("authorTags", tally.authorTags);
      entry.put("precision", tally.precision());
      entry.put("recall", tally.recall());
      kinds.put(kind.key(), entry);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("files", score.files);
    json.put("scored", score.scored);
    json.put("unreadable", score.unreadable);
    json.put("kinds", kinds);
    json.put("ratingConfusion", score.ratings);
    Map<String, Object> calibration = new LinkedHashMap<>();
    for (TagKind kind : TagKind.values()) {
      calibration.put(kind.key(), score.calibration.get(kind).stream().map(bucket -> {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("from", bucket.from);
        entry.put("to", bucket.to);
        entry.put("suggested", bucket.suggested);
        entry.put("correct", bucket.correct);
        return entry;
      }).toList());
    }
    json.put("calibration", calibration);
    if (eachFile) {
      json.put("eachFile", score.eachFile.stream().map(EvalCommand::asJson).toList());
    }
    return json;
  }
}
