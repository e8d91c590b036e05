package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quire tags import-map}: a whole vocabulary mapping applied from a spreadsheet, or tried first. */
class TagsCommandTest {

  static final String MAP = """
      tag,kind,canonical,synonym_of,fandom
      Lana,character,,Lana Lang,Smallville
      Lana Lang,character,yes,,Smallville
      SV,fandom,,Smallville,
      """;

  @Test
  void aDryRunSaysWhatAMappingWouldDoAndKeepsNothing(@TempDir Path data, @TempDir Path files) throws IOException {
    Path map = Files.writeString(files.resolve("map.csv"), MAP);

    CommandRun dry = CommandRun.of("tags", "import-map", "--data", data.toString(), "--dry-run", map.toString());
    CommandRun applied = CommandRun.of("tags", "import-map", "--data", data.toString(), map.toString());
    CommandRun again = CommandRun.of("tags", "import-map", "--data", data.toString(), map.toString());

    assertThat(dry.exitCode()).as(dry.stderr()).isZero();
    assertThat(dry.stdout()).contains("would make character \"Lana\"", "would make fandom \"Smallville\" (canonical)",
        "line 2: character \"Lana\": synonym of, parents", "line 3: character \"Lana Lang\": canonical, parents",
        "Dry run: nothing was changed; 3 rows would be applied.");
    assertThat(applied.stdout()).as("the dry run kept nothing").contains("made character \"Lana\"",
        "line 4: fandom \"SV\": synonym of");
    assertThat(again.stdout()).doesNotContain("made ").contains("line 2: character \"Lana\": unchanged");
  }

  @Test
  void aRefusedRowChangesNothingAndSaysWhichLine(@TempDir Path data, @TempDir Path files) throws IOException {
    Path map = Files.writeString(files.resolve("map.csv"), """
        tag,kind,canonical,synonym_of,fandom
        Lana Lang,character,yes,,
        Lana Lang,character,,Lana,
        """);
    Path bad = Files.writeString(files.resolve("bad.csv"), "tag,kind\nLana,colour\n");

    CommandRun refused = CommandRun.of("tags", "import-map", "--data", data.toString(), map.toString());
    CommandRun unreadable = CommandRun.of("tags", "import-map", "--data", data.toString(), bad.toString());

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.stderr()).contains("line 3: \"Lana Lang\" is canonical", "(nothing was changed)")
        .doesNotContain("Exception");
    assertThat(unreadable.exitCode()).isEqualTo(2);
    assertThat(unreadable.stderr()).contains("line 2: 'colour' is no kind of tag");
  }
}
