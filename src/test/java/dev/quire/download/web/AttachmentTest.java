package dev.quire.download.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentTest {

  @Test
  void anAsciiNameIsSentAsItIs() {
    assertThat(Attachment.disposition("Tom & Jerry.epub")).isEqualTo("attachment; filename=\"Tom & Jerry.epub\"");
  }

  @Test
  void aNameBeyondAsciiAlsoComesInUtf8AfterAnAsciiFallback() {
    assertThat(Attachment.disposition("Crème 東京.epub"))
        .isEqualTo("attachment; filename=\"Creme __.epub\"; filename*=UTF-8''Cr%C3%A8me%20%E6%9D%B1%E4%BA%AC.epub");
  }
}
