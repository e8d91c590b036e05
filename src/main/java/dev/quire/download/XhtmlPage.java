package dev.quire.download;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Document.OutputSettings.Syntax;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities.EscapeMode;

/**
 * An EPUB content document: XHTML 5 in UTF-8 with the download's style sheet, its body built as
 * jsoup elements and written with XML syntax (every element closed, {@code &}, {@code <},
 * {@code >} and {@code "} escaped, characters as themselves). Stateless.
 */
final class XhtmlPage {

  static final String FOOTER = "</body>\n</html>\n";

  private XhtmlPage() {}

  /** Everything before the body's content; {@code language} must be a valid tag. */
  static String header(String title, String language) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
        + " lang=\"" + language + "\" xml:lang=\"" + language + "\">\n<head>\n<title>"
        + XmlText.escape(XmlText.orElse(title, "Untitled")) + "</title>\n"
        + "<link rel=\"stylesheet\" type=\"text/css\" href=\"" + PackageDocument.STYLE + "\"/>\n"
        + "</head>\n<body>\n";
  }

  /** Writes a whole page whose body {@code content} fills. */
  static void write(Writer out, String title, String language, Consumer<Element> content) throws IOException {
    Document document = Document.createShell("");
    document.outputSettings().syntax(Syntax.xml).escapeMode(EscapeMode.xhtml)
        .charset(StandardCharsets.UTF_8).prettyPrint(false);
    content.accept(document.body());
    out.write(header(title, language));
    document.body().html(out);
    out.write('\n');
    out.write(FOOTER);
  }
}
