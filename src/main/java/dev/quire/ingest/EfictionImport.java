package dev.quire.ingest;

import dev.quire.ingest.archive.ArchivedFavourite;
import dev.quire.ingest.archive.ArchivedReview;
import dev.quire.ingest.archive.ArchivedStory;
import dev.quire.ingest.archive.EfictionFavourites;
import dev.quire.ingest.archive.EfictionArchive;
import dev.quire.tagging.TagSuggester;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Imports an eFiction backup as one archive: one outcome per story ({@code backup.sql story 12}),
 * what kept part of the dump from being read as failures of the dump, and a summary of the archive
 * (stories, chapters, words, authors, tags by kind, and the tags that map to nothing, for the
 * wranglers). Stories are read one at a time and stored with the run's batches, like the files of
 * a folder, so the archive's size costs time, not memory. A story's original is its own rows as
 * JSON, so importing the archive again finds the stories it already holds.
 */
final class EfictionImport {

  static final String FORMAT = "efiction";

  private final Importer importer;
  private final ArchiveCommunity community;

  EfictionImport(Importer importer, ArchiveCommunity community) {
    this.importer = importer;
    this.community = community;
  }

  /**
   * Reads the archive and hands each story on to be stored.
   *
   * @param record takes outcomes decided while reading: the dump's problems, a defect
   * @param store takes each story, read and ready to store or with its outcome decided
   * @param publishStored stores what {@code store} holds back, so that the stories are works before
   *     their reviews and favourites are handed on
   * @return the archive's summary, to record once its stories are stored
   */
  List<FileOutcome> importArchive(ImportUnits.Unit unit, ImportOwner owner, boolean dryRun, TagSuggester suggester,
      Consumer<List<FileOutcome>> record, Consumer<ReadFile> store, Runnable publishStored) {
    String shown = unit.shown();
    ImportUnits.Efiction backup = unit.efiction();
    if (backup.refusal() != null) {
      return List.of(FileOutcome.failed(shown, backup.refusal()));
    }
    String name = archiveName(unit.path().getFileName().toString());
    try (EfictionArchive archive = EfictionArchive.open(unit.path(), shown, backup.storyFiles(), backup.folder())) {
      record.accept(archive.problems().stream().map(problem -> FileOutcome.failed(shown, problem)).toList());
      ArchiveSummary summary = new ArchiveSummary();
      for (Iterator<ArchivedStory> stories = archive.stories(); stories.hasNext(); ) {
        ArchivedStory story = stories.next();
        summary.add(story);
        store.accept(ArchiveStories.read(importer, FORMAT, shown, name, story, owner, dryRun, suggester));
      }
      List<String> lines = summary.lines("eFiction archive", archive.authorCount(), archive.unmapped());
      if (!dryRun) {
        publishStored.run();
      }
      lines.addAll(reviews(archive, dryRun));
      lines.addAll(favourites(archive, dryRun));
      return List.of(FileOutcome.archive(shown, lines));
    } catch (RuntimeException e) {
      return List.of(Importer.defect(shown, e));
    }
  }

  /** Hands each imported story's reviews on, to be kept as comments; says how many. */
  private List<String> reviews(EfictionArchive archive, boolean dryRun) {
    int reviews = 0;
    int stories = 0;
    int unimported = 0;
    for (long sid : archive.reviewedStories()) {
      List<ArchivedReview> read = archive.reviews(sid);
      if (read.isEmpty()) {
        continue;
      }
      if (dryRun || community.reviews(archive.storyKey(sid), read, archive::reviewKey)) {
        reviews += read.size();
        stories++;
      } else {
        unimported += read.size();
      }
    }
    List<String> lines = new ArrayList<>();
    if (reviews > 0) {
      lines.add(String.format(Locale.ROOT, "reviews: %d of %d %s, as imported comments (each kept once)",
          reviews, stories, stories == 1 ? "story" : "stories"));
    }
    if (unimported > 0) {
      lines.add(unimported + (unimported == 1 ? " review" : " reviews") + " not kept: their stories were not imported");
    }
    int passedOver = archive.reviewsPassedOver();
    if (passedOver > 0) {
      lines.add(passedOver + (passedOver == 1 ? " review" : " reviews") + " not kept: not of a story the archive lists");
    }
    return lines;
  }

  /** Hands each member's favourite stories on, to wait on their byline until it is claimed. */
  private List<String> favourites(EfictionArchive archive, boolean dryRun) {
    EfictionFavourites read = archive.favourites();
    Map<String, List<ArchiveCommunity.Favourite>> byMember = new LinkedHashMap<>();
    for (ArchivedFavourite favourite : read.stories()) {
      byMember.computeIfAbsent(favourite.penName(), k -> new ArrayList<>()).add(
          new ArchiveCommunity.Favourite(archive.storyKey(favourite.storyId()), favourite.notesHtml()));
    }
    int kept = 0;
    int members = 0;
    int notKept = 0;
    for (Map.Entry<String, List<ArchiveCommunity.Favourite>> member : byMember.entrySet()) {
      int handed = dryRun ? member.getValue().size() : community.favourites(member.getKey(), member.getValue());
      kept += handed;
      members += handed > 0 ? 1 : 0;
      notKept += member.getValue().size() - handed;
    }
    List<String> lines = new ArrayList<>();
    if (kept > 0) {
      lines.add(String.format(Locale.ROOT, "favourites: %d stories of %d %s, bookmarks once their bylines are"
          + " claimed", kept, members, members == 1 ? "member" : "members"));
    }
    if (notKept > 0) {
      lines.add(notKept + (notKept == 1 ? " favourite" : " favourites") + " not kept: their member has no unclaimed byline here (wrote no story, or"
          + " has claimed it), or their story was not imported");
    }
    lines.addAll(read.passedOver());
    return lines;
  }

  /**
   * The archive's name across its backups, when its settings give no address: the dump's name
   * without dates or numbers ({@code myarchive-2024-05-01.sql} is {@code myarchive}).
   */
  static String archiveName(String dumpFileName) {
    String name = dumpFileName.replaceFirst("(?i)\\.sql$", "")
        .replaceAll("[0-9]+", "")
        .replaceAll("[-_. ]+", "-")
        .replaceAll("^-|-$", "")
        .toLowerCase(Locale.ROOT);
    return name.isEmpty() ? "efiction" : name;
  }
}
