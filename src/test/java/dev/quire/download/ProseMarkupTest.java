package dev.quire.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Document.OutputSettings.Syntax;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities.EscapeMode;
import org.junit.jupiter.api.Test;

/** Stored HTML in, the XHTML an EPUB holds out. */
class ProseMarkupTest {

  static String xhtml(String stored) {
    Document document = Document.createShell("");
    document.outputSettings().syntax(Syntax.xml).escapeMode(EscapeMode.xhtml)
        .charset(StandardCharsets.UTF_8).prettyPrint(false);
    Element parent = document.body().appendElement("div");
    ProseMarkup.append(stored, parent);
    return parent.html();
  }

  @Test
  void keepsModernMarkupAsItIs() {
    assertThat(xhtml("<p>One <em>two</em> <strong>three</strong><br>four</p><hr><blockquote><p>q</p></blockquote>"))
        .isEqualTo("<p>One <em>two</em> <strong>three</strong><br />four</p><hr /><blockquote><p>q</p></blockquote>");
  }

  @Test
  void obsoleteElementsBecomeTheirModernEqualsWithTheOldNameAsAClass() {
    assertThat(xhtml("<center>c</center><p><big>b</big><tt>t</tt><strike>s</strike><acronym>a</acronym><font>f</font></p>"))
        .isEqualTo("<div class=\"center\">c</div><p><span class=\"big\">b</span><span class=\"tt\">t</span>"
            + "<s class=\"strike\">s</s><abbr class=\"acronym\">a</abbr><span class=\"font\">f</span></p>");
  }

  @Test
  void alignmentBecomesAClassAndAttributesOutsideHtml5AreDropped() {
    assertThat(xhtml("<p align=\"CENTER\" style=\"color:red\" id=\"x\" onclick=\"y\">a</p>"
        + "<table width=\"9\" summary=\"s\"><tr><td colspan=\"2\" width=\"3\" axis=\"q\">c</td></tr></table>"))
        .isEqualTo("<p class=\"align-center\">a</p><table><tbody><tr><td colspan=\"2\">c</td></tr></tbody></table>");
  }

  @Test
  void aPhrasingElementAroundBlocksBecomesADivision() {
    assertThat(xhtml("<span class=\"x\"><p>one</p><p>two</p></span><h3><div>d</div></h3>"))
        .isEqualTo("<div class=\"x span\"><p>one</p><p>two</p></div><div class=\"h3\"><div>d</div></div>");
  }

  @Test
  void listPartsOutsideTheirListsBecomeDivisionsAndLooseTextInAListAnItem() {
    assertThat(xhtml("<li>alone</li><dd>d</dd><ul>loose<li>item</li></ul><dl><dd>no term</dd></dl>"))
        .isEqualTo("<div class=\"li\">alone</div><div class=\"dd\">d</div><ul><li>loose</li><li>item</li></ul>"
            + "<div class=\"dl\"><div class=\"dd\">no term</div></div>");
  }

  @Test
  void anImageBecomesALinkToItOrItsDescriptionSoNothingRemoteIsEmbedded() {
    assertThat(xhtml("<img src=\"https://img.example.org/a.png\" alt=\"a boat\"><img src=\"b.png\" alt=\"b\">"
        + "<img src=\"c.png\"><img src=\"https://img.example.org/d.png\">"))
        .isEqualTo("<a href=\"https://img.example.org/a.png\" class=\"image\">a boat</a>b"
            + "<a href=\"https://img.example.org/d.png\" class=\"image\">Image</a>");
  }

  @Test
  void linksKeepOnlyAbsoluteWebAndMailAddresses() {
    assertThat(xhtml("<a href=\"https://example.org/x?a=1&amp;b=2\" rel=\"nofollow\">w</a><a href=\"page.html\">r</a>"
        + "<a href=\"javascript:alert(1)\">j</a><a href=\"mailto:a@example.org\">m</a><a href=\"https://exa mple.org\">s</a>"))
        .isEqualTo("<a href=\"https://example.org/x?a=1&amp;b=2\">w</a><a>r</a><a>j</a>"
            + "<a href=\"mailto:a@example.org\">m</a><a>s</a>");
  }

  @Test
  void dropsCharactersXmlForbidsAndCommentsAndComposesAccents() {
    assertThat(xhtml("<p title=\"t\u0001\">a\u0001b\u0085c\uFFFEd\uD800e cafe\u0301</p><!-- x -- y -->"))
        .isEqualTo("<p title=\"t\">abcde café</p>");
  }

  @Test
  void keepsOnlyValidLanguageAndDirectionAttributes() {
    assertThat(xhtml("<p lang=\"fr\" dir=\"RTL\">a</p><p lang=\"klingon-x-\" dir=\"up\">b</p>"))
        .isEqualTo("<p lang=\"fr\" dir=\"rtl\">a</p><p>b</p>");
  }

  @Test
  void dropsScriptsStylesAndFormsWithTheirContent() {
    assertThat(xhtml("<p>a</p><script>x()</script><style>p{}</style><form><input></form><iframe src=\"x\"></iframe>"))
        .isEqualTo("<p>a</p>");
  }

  @Test
  void nothingComesOfNoText() {
    assertThat(xhtml(null)).isEmpty();
    assertThat(xhtml("  ")).isEmpty();
  }
}
