package dev.quire.download;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadAddressTest {

  @Test
  void aWorksAddressEndsInItsTitleWithUnderscoresAndTheFormatsExtension() {
    assertThat(DownloadAddress.ofWork(42, "The Long Road: Part 1", DownloadFormat.EPUB))
        .isEqualTo("/downloads/42/The_Long_Road_Part_1.epub");
    assertThat(DownloadAddress.ofWork(42, "  ...Tom & Jerry!? ", DownloadFormat.TXT))
        .isEqualTo("/downloads/42/Tom_Jerry.txt");
  }

  @Test
  void lettersBeyondAsciiStayAndArePercentEncoded() {
    assertThat(DownloadAddress.segment("Crème Brûlée 東京", DownloadFormat.HTML)).isEqualTo("Crème_Brûlée_東京.html");
    assertThat(DownloadAddress.ofWork(1, "Crème", DownloadFormat.HTML)).isEqualTo("/downloads/1/Cr%C3%A8me.html");
  }

  @Test
  void aTitleWithoutLettersOrDigitsIsCalledWork() {
    assertThat(DownloadAddress.ofSeries(3, "?!/")).isEqualTo("/downloads/series/3/work.epub");
  }

  @Test
  void aVeryLongTitleIsCutTo80Characters() {
    assertThat(DownloadAddress.segment("a".repeat(200), DownloadFormat.EPUB)).isEqualTo("a".repeat(80) + ".epub");
  }

  @Test
  void aFileIsSavedUnderTheReadableTitleWithOnlyForbiddenCharactersReplaced() {
    assertThat(DownloadFormat.EPUB.attachmentName("Tom & Jerry: <Part 1>/2?")).isEqualTo("Tom & Jerry_ _Part 1__2_.epub");
    assertThat(DownloadFormat.TXT.attachmentName("Crème  brûlée\t東京")).isEqualTo("Crème brûlée 東京.txt");
    assertThat(DownloadFormat.HTML.attachmentName("...")).isEqualTo("work.html");
  }

  @Test
  void knowsItsFormatsByExtensionInAnyCase() {
    assertThat(DownloadFormat.fromExtension("EPUB")).contains(DownloadFormat.EPUB);
    assertThat(DownloadFormat.fromExtension("pdf")).isEmpty();
  }
}
