package dev.quire.ingest.format;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.tag.TagKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads EPUB 2 and EPUB 3 books: AO3's EPUB downloads, and books made by calibre, FanFicFare or any
 * other tool.
 *
 * <p>An AO3 EPUB carries AO3's preface, chapter and afterword markup split across its files; they
 * are joined and read as AO3's HTML download is, so the two downloads of a work import alike
 * (values the preface lacks come from the package file). Any other EPUB gives its metadata from the
 * package file ({@code dc:title}, {@code dc:creator}, {@code dc:language}, {@code dc:subject} as
 * additional tags, {@code dc:description} as summary, {@code dc:date} as published, calibre or
 * EPUB 3 series) and its chapters from the spine, as {@link EpubChapters} describes.
 *
 * <p>The zip and its XML are read defensively (see {@link EpubArchive} for the limits and {@link
 * SafeXml} for entities): a zip bomb, a cut-short or damaged zip, names pointing outside the book,
 * and entity declarations are refused with an {@link UnreadableFileException} saying which. Nothing
 * outside the given bytes is ever read. Stateless and thread-safe.
 */
public final class EpubFormat implements StoryFormat {

  private static final Set<String> AO3_CONTAINERS = Set.of("preface", "chapters", "afterword");

  @Override
  public String name() {
    return "epub";
  }

  /**
   * Accepts a zip that says it is an EPUB (a first {@code mimetype} file of {@code
   * application/epub+zip}, or a {@code META-INF/container.xml}) whatever its name, and any file
   * named {@code .epub}, so that {@link #read} can say why a misnamed file is not one.
   */
  @Override
  public boolean accepts(byte[] content, String fileName) {
    return EpubArchive.looksLikeEpub(content)
        || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".epub"));
  }

  @Override
  public StoryDocument read(byte[] content, String fileName) throws UnreadableFileException {
    EpubArchive archive = EpubArchive.read(content);
    EpubPackage book = EpubPackage.read(archive);
    List<EpubChapters.SpineDocument> spine = new ArrayList<>();
    for (EpubPackage.SpineItem item : book.spine()) {
      Document html = SafeXml.parseXhtml(archive.file(item.path()), item.path());
      spine.add(new EpubChapters.SpineDocument(item.path(), item.frontMatter(), html));
    }
    if (spine.isEmpty()) {
      throw new UnreadableFileException(
          "not a readable EPUB: its spine lists no chapter file that is in the zip");
    }
    boolean ao3 = spine.stream().anyMatch(d -> Ao3Preface.isPresent(d.html()));
    return ao3 ? readAo3(spine, book.metadata()) : readOther(spine, book);
  }

  private static StoryDocument readAo3(List<EpubChapters.SpineDocument> spine,
      EpubMetadata metadata) throws UnreadableFileException {
    Document joined = Document.createShell("");
    for (EpubChapters.SpineDocument document : spine) {
      for (Element part : document.html().body().children()) {
        if (AO3_CONTAINERS.contains(part.id())) {
          container(joined, part.id()).appendChildren(part.childNodesCopy());
        }
      }
    }
    StoryDocument story = Ao3HtmlFormat.readDownload(joined);
    StoryDocument.Builder filled = story.toBuilder();
    if (story.title() == null) {
      filled.title(metadata.title());
    }
    if (story.creators().isEmpty()) {
      filled.creators(metadata.creators());
    }
    if (story.language() == null) {
      filled.language(metadata.language());
    }
    return filled.build();
  }

  private static Element container(Document joined, String id) {
    Element existing = joined.getElementById(id);
    return existing != null ? existing : joined.body().appendElement("div").id(id);
  }

  private static StoryDocument readOther(List<EpubChapters.SpineDocument> spine, EpubPackage book)
      throws UnreadableFileException {
    EpubMetadata metadata = book.metadata();
    EpubChapters.Result read = EpubChapters.read(spine, book.labels(), metadata.title());
    if (read.chapters().isEmpty()) {
      throw new UnreadableFileException(
          "the EPUB holds no chapter text: its spine files are empty");
    }
    StoryDocument.Builder story = StoryDocument.builder()
        .title(metadata.title())
        .creators(metadata.creators())
        .language(metadata.language())
        .summary(metadata.summary())
        .notes(metadata.summary() == null ? read.titlePageNotes() : null)
        .published(metadata.published())
        .series(metadata.series())
        .sourceUrl(metadata.sourceUrl())
        .chapters(read.chapters());
    metadata.subjects().forEach(subject -> story.tag(TagKind.FREEFORM, subject));
    return story.build();
  }
}
