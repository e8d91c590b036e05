package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.ingest.FileOutcome.Status;
import dev.quire.work.WorkRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad files fail alone, with a reason, and leave nothing behind; the rest of the batch imports. */
class BadFileTest extends ArchiveTest {

  @Autowired Importer importer;
  @Autowired WorkRepository works;

  @Test
  void emptyBinaryAndInvalidUtf8FilesFailClearlyWhileTheRestOfTheBatchImports(@TempDir Path folder)
      throws IOException {
    Files.write(folder.resolve("a-empty.txt"), new byte[0]);
    Files.write(folder.resolve("b-picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});
    byte[] broken = "Caf\u00e9 au lait, then a broken byte: ".getBytes(StandardCharsets.UTF_8);
    Files.write(folder.resolve("c-broken.txt"), concat(broken, new byte[] {(byte) 0xC3, '(', '\n'}));
    Files.writeString(folder.resolve("d-good.txt"),
        "Title: A Quiet Afternoon\n\nThe kettle sang in the small kitchen while the rain kept on.\n\n"
            + "Nobody came, and that was the best part of the whole afternoon.\n");
    long before = works.count();

    ImportReport report = importer.importPaths(List.of(folder), false, outcome -> {});

    Map<String, FileOutcome> byName = report.files().stream()
        .collect(Collectors.toMap(f -> Path.of(f.path()).getFileName().toString(), f -> f));
    assertThat(byName.get("a-empty.txt").status()).isEqualTo(Status.FAILED);
    assertThat(byName.get("a-empty.txt").reason()).contains("empty");
    assertThat(byName.get("b-picture.txt").status()).isEqualTo(Status.FAILED);
    assertThat(byName.get("b-picture.txt").reason()).contains("binary");
    assertThat(byName.get("c-broken.txt").status()).isEqualTo(Status.FAILED);
    assertThat(byName.get("c-broken.txt").reason()).contains("invalid UTF-8");
    assertThat(byName.get("d-good.txt").status()).isEqualTo(Status.IMPORTED);
    assertThat(byName.get("d-good.txt").flags()).doesNotContain("title missing");
    assertThat(report.failed()).isEqualTo(3);
    assertThat(works.count()).isEqualTo(before + 1);
  }

  @Test
  void aMissingPathFailsWithoutStoppingTheBatch(@TempDir Path folder) throws IOException {
    Path good = Files.writeString(folder.resolve("story.txt"),
        "The lighthouse keeper counted the ships again, as he did every evening.\n");

    ImportReport report = importer.importPaths(List.of(folder.resolve("nowhere.txt"), good), false, o -> {});

    assertThat(report.files()).extracting(FileOutcome::status).containsExactly(Status.FAILED, Status.IMPORTED);
    assertThat(report.files().get(0).reason()).isEqualTo("no such file");
  }

  @Test
  void aDryRunStoresNothing(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("dry.txt"), "A paper boat drifted down the gutter and out of sight.\n");
    long before = works.count();

    ImportReport report = importer.importPaths(List.of(folder), true, o -> {});

    assertThat(report.imported()).isEqualTo(1);
    assertThat(report.files().get(0).workId()).isNull();
    assertThat(works.count()).isEqualTo(before);
  }

  @Test
  void anAbsurdlyLongBylineOrTagImportsShortenedAndFlagged(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("long.txt"), "Title: " + "Long ".repeat(300) + "\nAuthor: "
        + "Someone ".repeat(60) + "\nFandom: " + "Endless ".repeat(60) + "\n\n"
        + "The harbour lights came on one by one along the wall.\n");

    ImportReport report = importer.importPaths(List.of(folder), false, o -> {});

    FileOutcome outcome = report.files().get(0);
    assertThat(outcome.status()).isEqualTo(Status.IMPORTED);
    assertThat(outcome.flags()).contains("title shortened to 1000 characters",
        "creator name shortened to 255 characters");
    assertThat(outcome.flags()).anySatisfy(flag -> assertThat(flag).startsWith("tag too long, left out: Endless"));
  }

  @Test
  void filesInsideHiddenFoldersAreLeftAlone(@TempDir Path folder) throws IOException {
    Files.createDirectories(folder.resolve(".git"));
    Files.writeString(folder.resolve(".git/HEAD.txt"), "ref: refs/heads/main, a line git keeps.\n");
    Files.writeString(folder.resolve("visible.txt"), "A gull stood on the post and watched the boats.\n");

    ImportReport report = importer.importPaths(List.of(folder), true, o -> {});

    assertThat(report.files()).extracting(f -> Path.of(f.path()).getFileName().toString()).containsExactly("visible.txt");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
