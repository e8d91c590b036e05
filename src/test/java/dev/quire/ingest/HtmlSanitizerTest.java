package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

  @Test
  void nothingThatRunsSurvives() {
    String clean = HtmlSanitizer.clean("""
        <p onclick="steal()">Hello <script>alert(1)</script><style>p{}</style>
        <iframe src="https://example.org"></iframe><a href="javascript:alert(2)">link</a>
        <img src=x onerror="alert(3)"><object data="x"></object><svg onload="alert(4)"></svg>
        <a href="JaVaScRiPt:alert(5)">again</a><form action="/x"><input></form></p>""");

    assertThat(clean)
        .doesNotContainIgnoringCase("script")
        .doesNotContainIgnoringCase("style")
        .doesNotContainIgnoringCase("iframe")
        .doesNotContainIgnoringCase("onclick")
        .doesNotContainIgnoringCase("onerror")
        .doesNotContainIgnoringCase("onload")
        .doesNotContainIgnoringCase("object")
        .doesNotContainIgnoringCase("<form")
        .doesNotContainIgnoringCase("<input");
    assertThat(Jsoup.parse(clean).text()).contains("Hello", "link", "again");
  }

  @Test
  void linksKeepTheirAddressAndGetNofollow() {
    Document doc = Jsoup.parse(HtmlSanitizer.clean("<p><a href=\"https://example.org/a\">there</a></p>"));

    assertThat(doc.select("a").attr("href")).isEqualTo("https://example.org/a");
    assertThat(doc.select("a").attr("rel")).isEqualTo("nofollow");
  }

  @Test
  void storyMarkupStays() {
    String html = "<p align=\"center\"><em>soft</em> <strong>loud</strong> <s>gone</s></p>"
        + "<blockquote class=\"verse\"><p>line<br>line</p></blockquote><hr><ul><li>item</li></ul>";

    Document doc = Jsoup.parse(HtmlSanitizer.clean(html));

    assertThat(doc.select("p[align=center] em").text()).isEqualTo("soft");
    assertThat(doc.select("strong, s, hr, ul li, blockquote.verse br")).hasSize(5);
  }

  @Test
  void nullStaysNull() {
    assertThat(HtmlSanitizer.clean(null)).isNull();
  }
}
