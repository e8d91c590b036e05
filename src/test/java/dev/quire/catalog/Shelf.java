package dev.quire.catalog;

import dev.quire.ingest.WorkPublisher;
import dev.quire.ingest.WorkPublisher.Original;
import dev.quire.ingest.WorkPublisher.Submission;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Works the catalog tests publish, named with this run's own marker word so that the shared
 * archive's other works never get in the way: a fandom long enough for two pages, and a few works
 * that show ratings, summaries and awkward tag names.
 */
final class Shelf {

  static final int LONG_FANDOM = 21;

  final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  final String fandom = "Lantern Quay " + marker;
  final String writer = "Quill " + marker;
  final String otherFandom = "Night/Day & Dusk. #1? " + marker;
  final String otherWriter = "Inkwell " + marker;
  final String freeform = "Found Family " + marker;
  final List<Long> fandomWorks = new ArrayList<>();
  long general;
  long explicit;
  long unrated;
  long fresh;

  private final WorkPublisher publisher;

  private Shelf(WorkPublisher publisher) {
    this.publisher = publisher;
  }

  static Shelf publish(WorkPublisher publisher) {
    Shelf shelf = new Shelf(publisher);
    shelf.fill();
    return shelf;
  }

  private void fill() {
    for (int i = 1; i <= LONG_FANDOM; i++) {
      fandomWorks.add(publish(base("Harbour Story " + i + " " + marker, writer)
          .tag(TagKind.RATING, i % 2 == 0 ? "Teen And Up Audiences" : "General Audiences")
          .tag(TagKind.FANDOM, fandom)
          .published(LocalDate.of(2001, 1, 1))
          .updated(LocalDate.of(2001, 1, 1).plusDays(i))));
    }
    general = fandomWorks.getLast();
    explicit = publish(base("Winter Orchard " + marker, otherWriter)
        .creator(writer)
        .tag(TagKind.RATING, "Explicit")
        .tag(TagKind.FANDOM, otherFandom)
        .tag(TagKind.CHARACTER, "Ada " + marker)
        .tag(TagKind.FREEFORM, freeform)
        .summary("<p>A <em>quiet</em> " + marker + " story &amp; its sequel.</p>")
        .published(LocalDate.of(2002, 3, 4))
        .updated(LocalDate.of(2002, 5, 6)));
    unrated = publish(base("Paper Cranes " + marker, otherWriter)
        .tag(TagKind.FANDOM, otherFandom)
        .published(LocalDate.of(2002, 1, 1)));
    fresh = publish(base("Morning Tide " + marker, otherWriter)
        .tag(TagKind.RATING, "General Audiences")
        .tag(TagKind.FANDOM, otherFandom));
  }

  /** Works of a fandom of their own that were all last updated on the same day, oldest id first. */
  List<Long> publishUpdatedTogether(String fandomName, int count) {
    List<Long> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(publish(base("Tide Table " + i + " " + marker, "Tidewater " + marker)
          .tag(TagKind.RATING, "General Audiences")
          .tag(TagKind.FANDOM, fandomName)
          .published(LocalDate.of(2003, 3, 3))));
    }
    return ids;
  }

  private static StoryDocument.Builder base(String title, String creator) {
    return StoryDocument.builder()
        .title(title)
        .creator(creator)
        .language("en")
        .chaptersExpected(1)
        .chapter(new StoryChapter(null, null, null, "<p>The boats came in one by one. " + title + "</p>"));
  }

  private long publish(StoryDocument.Builder story) {
    StoryDocument document = story.build();
    byte[] bytes = (marker + document.title()).getBytes(StandardCharsets.UTF_8);
    Original original = new Original(document.title() + ".txt", "plain-text", bytes, sha256(bytes));
    return publisher.publish(new Submission(document, document.title(), List.of(), original)).workId();
  }

  private static String sha256(byte[] bytes) {
    try {
      return "%064x".formatted(new BigInteger(1, MessageDigest.getInstance("SHA-256").digest(bytes)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
