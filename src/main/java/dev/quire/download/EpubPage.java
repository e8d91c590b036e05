package dev.quire.download;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * One XHTML file of an EPUB and its entry in the table of contents.
 *
 * @param file the file's name beside the package document ({@code chapter-2.xhtml})
 * @param label the file's title and its name in the table of contents
 * @param language the BCP 47 tag of the text
 * @param body appends the file's content to its {@code <body>}
 * @param children pages listed under this one in the table of contents (a work's chapters under
 *     the work in a series), which follow it in reading order
 */
record EpubPage(String file, String label, String language, Consumer<Element> body, List<EpubPage> children) {

  EpubPage {
    children = List.copyOf(children);
  }

  /** The manifest id: the file name without its extension, which starts with a letter. */
  String id() {
    return file.substring(0, file.lastIndexOf('.'));
  }

  /** This page and those under it, in reading order. */
  Stream<EpubPage> inReadingOrder() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(EpubPage::inReadingOrder));
  }
}
