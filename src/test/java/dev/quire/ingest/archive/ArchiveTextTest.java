package dev.quire.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveTextTest {

  @Test
  void turnsTypedTextIntoParagraphsWithLineBreaks() {
    assertThat(ArchiveText.html("One\ntwo\n\n  \nThree <g> & four"))
        .isEqualTo("<p>One<br>two</p><p>Three &lt;g&gt; &amp; four</p>");
  }

  @Test
  void keepsHtmlWithBlockTagsAndDropsScripts() {
    assertThat(ArchiveText.html("<p>One</p><script>alert(1)</script><style>p{}</style>\n<p>Two"))
        .isEqualTo("<p>One</p>\n<p>Two</p>");
  }

  @Test
  void readsEntitiesInTypedTextOnce() {
    assertThat(ArchiveText.html("Tom &amp; Jerry")).isEqualTo("<p>Tom &amp; Jerry</p>");
  }

  @Test
  void treatsFieldsWithoutVisibleTextAsAbsent() {
    assertThat(ArchiveText.html("  \n ")).isNull();
    assertThat(ArchiveText.html("<p> </p><br>")).isNull();
    assertThat(ArchiveText.html(null)).isNull();
  }

  @Test
  void decodesEntitiesInPlainValues() {
    assertThat(ArchiveText.plain("  Tom &amp; Jerry\n&#039;s  tale "))
        .isEqualTo("Tom & Jerry 's tale");
    assertThat(ArchiveText.plain(" ")).isNull();
  }

  @Test
  void readsDatesWithOrWithoutATime() throws ArchiveText.BadDate {
    assertThat(ArchiveText.date("2004-07-01")).isEqualTo(LocalDate.of(2004, 7, 1));
    assertThat(ArchiveText.date("2004-07-01 18:10:04")).isEqualTo(LocalDate.of(2004, 7, 1));
    assertThat(ArchiveText.date("0000-00-00 00:00:00")).isNull();
    assertThat(ArchiveText.date("0000-00-00")).isNull();
    assertThat(ArchiveText.date("")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2004-13-01", "01/07/2004", "yesterday"})
  void rejectsWhatIsNotADate(String value) {
    assertThatThrownBy(() -> ArchiveText.date(value)).isInstanceOf(ArchiveText.BadDate.class);
  }
}
