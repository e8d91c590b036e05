package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.account.Viewer;
import dev.quire.search.IndexCheck;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.work.Work;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** An archive to back up, and what a reader would see of it, to compare after a restore. */
final class BackupCases {

  private BackupCases() {}

  /** The seeds and a few synthetic works, imported with {@code quire import}; returns the synthetic works' word. */
  static String importWorks(Path files, String... archive) throws IOException {
    String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    List<String> args = new ArrayList<>(List.of("import"));
    args.addAll(List.of(archive));
    for (String seed : List.of("000_6d3892887376a1a9.txt", "001_b7773ee8eb1fcad9.txt")) {
      try (InputStream in = BackupCases.class.getResourceAsStream("/seeds/" + seed)) {
        Files.copy(in, files.resolve(seed));
      }
      args.add(files.resolve(seed).toString());
    }
    for (int i = 1; i <= 3; i++) {
      Path story = files.resolve("synthetic-" + i + ".txt");
      Files.writeString(story, "Title: Synthetic " + i + "\nAuthor: Backup Writer\n\nThe " + marker
          + " lighthouse blinked " + i + " times. Ünïcödé “quotes” and \u00a0 spaces survive byte for byte.\n");
      args.add(story.toString());
    }
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    return marker;
  }

  /** Every work's title and the SHA-256 of each of its originals' bytes, as the archive serves them. */
  static Map<Long, String> served(Path data, Path config) {
    try (var context = Archive.open(data, config)) {
      WorkCatalog catalog = context.getBean(WorkCatalog.class);
      Map<Long, String> works = new TreeMap<>();
      for (Work work : context.getBean(WorkRepository.class).findAll()) {
        WorkDetails details = catalog.details(Viewer.archive(), work.getId()).orElseThrow();
        StringBuilder served = new StringBuilder(details.summary().title());
        for (WorkDetails.Source source : details.sources()) {
          byte[] bytes = catalog.original(Viewer.archive(), work.getId(), source.sha256()).orElseThrow();
          served.append(' ').append(source.fileName()).append('=').append(sha256(bytes));
        }
        works.put(work.getId(), served.toString());
      }
      return works;
    }
  }

  /** How many works a search for {@code word} finds, and whether the index matches the database. */
  static String searched(Path data, Path config, String word) {
    try (var context = Archive.open(data, config)) {
      long found = context.getBean(WorkQuery.class).search(Viewer.guest(), WorkSearch.of(word)).total();
      return found + " found, index " + (context.getBean(IndexCheck.class).check().clean() ? "clean" : "differs");
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
