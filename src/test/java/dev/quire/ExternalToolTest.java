package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Tests that need a program skip without it on a developer's machine, but fail on CI. */
class ExternalToolTest {

  @TempDir Path bin;

  @Test
  void aMissingProgramSkipsTheTestLocally() {
    assertThatThrownBy(() -> ExternalTool.require("jing", "apt-get install jing", Map.of("PATH", bin.toString())))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("jing is not installed (apt-get install jing)");
  }

  @Test
  void aMissingProgramFailsTheTestOnCi() {
    assertThatThrownBy(() -> ExternalTool.require("jing", "apt-get install jing",
        Map.of("PATH", bin.toString(), "CI", "true")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CI must run this test");
  }

  @Test
  void anInstalledProgramIsFoundOnThePath() throws Exception {
    Path jing = Files.createFile(bin.resolve("jing"));
    assertThat(jing.toFile().setExecutable(true)).isTrue();

    ExternalTool found =
        ExternalTool.require("jing", "apt-get install jing", Map.of("PATH", bin.toString(), "CI", "true"));

    assertThat(found.program()).isEqualTo(jing);
  }
}
