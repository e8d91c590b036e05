package dev.quire.download.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.download.DownloadAddress;
import dev.quire.download.DownloadFormat;
import dev.quire.ingest.WorkPublisher;
import dev.quire.platform.Crowd;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Many readers download a large work at once, over real HTTP: each gets the whole file or a 503. */
class ConcurrentDownloadsTest extends ArchiveTest {

  @LocalServerPort int port;
  @Autowired WorkPublisher publisher;

  /** About 1 MB of chapter text: 20 chapters of 600 paragraphs. */
  long oneMegabyteWork() {
    StoryDocument.Builder story = StoryDocument.builder()
        .title("The Long Almanac of the Tides")
        .creator("Synthetic Writer")
        .tag(TagKind.RATING, "General Audiences");
    for (int chapter = 1; chapter <= 20; chapter++) {
      int number = chapter;
      String text = IntStream.rangeClosed(1, 600)
          .mapToObj(p -> "<p>On day " + p + " of chapter " + number + " the keeper wrote down the tide, the wind and the boats.</p>")
          .collect(Collectors.joining("\n"));
      story.chapter(new StoryChapter("Chapter " + chapter, null, null, text));
    }
    return Downloads.publish(publisher, story.build());
  }

  @Test
  void twentyEpubsOfAOneMegabyteWorkAtOnceAreEachWholeWithTheirLengthOrRefusedAsBusy() {
    long id = oneMegabyteWork();
    String address = DownloadAddress.ofWork(id, "The Long Almanac of the Tides", DownloadFormat.EPUB);

    List<Crowd.Answer> answers = Crowd.fetch(port, Collections.nCopies(20, address), 20, Duration.ofMinutes(4));

    assertThat(answers).allSatisfy(answer -> {
      if (answer.status() == 503) {
        assertThat(answer.retryAfterSeconds()).isPositive();
      } else {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue(answer.body().length);
        assertThat(answer.isWhole()).isTrue();
        assertThat(chapterText(answer.body(), "chapter-20.xhtml")).contains("On day 600 of chapter 20 the keeper");
      }
    });
    assertThat(answers).anySatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
  }

  private static String chapterText(byte[] epub, String nameEnding) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().endsWith(nameEnding)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("The EPUB has no " + nameEnding);
  }
}
