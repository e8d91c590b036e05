package dev.quire.ingest;

import dev.quire.platform.Sha256;
import dev.quire.story.StoryDocument;
import dev.quire.ingest.WorkPublisher.Original;
import dev.quire.ingest.WorkPublisher.Submission;
import dev.quire.ingest.format.StoryFormat;
import dev.quire.ingest.format.StoryFormats;
import dev.quire.search.SearchIndex;
import dev.quire.tagging.Suggestion;
import dev.quire.tagging.LanguageDetector;
import dev.quire.tagging.TagSuggester;
import dev.quire.work.WorkRepository;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns files into works: reads each file, skips bytes already imported, detects the format,
 * parses, suggests tags and publishes. One bad file fails alone with a reason; the rest of the batch
 * goes on. Thread-safe.
 */
@Component
public class Importer {

  /** Files larger than this are refused before they are read. */
  public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

  /**
   * The most chapter text, in characters, a story may have: what its import holds at once (text,
   * HTML, entities, the index document) is bounded by the heap, so a long story fails alone.
   */
  static final long LARGEST_TEXT = Runtime.getRuntime().maxMemory() / 32;

  private static final Logger logger = LoggerFactory.getLogger(Importer.class);

  private final WorkRepository works;
  private final WorkPublisher publisher;
  private final ImportLog log;
  private final ArchiveImport archives = new ArchiveImport(this);
  private final EfictionImport efiction;
  private final AutomatedArchiveImport automated = new AutomatedArchiveImport(this);
  private final LanguageDetector languages = new LanguageDetector();

  private final ArchiveVocabulary vocabulary;
  private final SearchIndex searchIndex;

  Importer(WorkRepository works, WorkPublisher publisher, ImportLog log, ArchiveVocabulary vocabulary,
      SearchIndex searchIndex, ArchiveCommunity community) {
    this.efiction = new EfictionImport(this, community);
    this.works = works;
    this.publisher = publisher;
    this.log = log;
    this.vocabulary = vocabulary;
    this.searchIndex = searchIndex;
  }

  /**
   * Imports every regular file named or found below the folders named, in a stable order, and
   * keeps the run's report (see {@link ImportRun}). A folder holding an old archive's Open Doors
   * tables, or a MySQL dump of them, is read as one archive of many works.
   *
   * @param owner whom the works made, joined or updated belong to
   * @param dryRun when true, reports what would happen and stores no work
   * @param progress told of each outcome as soon as it is known
   */
  public ImportReport importPaths(List<Path> paths, ImportOwner owner, boolean dryRun, ImportProgress progress) {
    ImportUnits.Found found = ImportUnits.collect(paths);
    // One vocabulary per run: relearning from the archive after every file would cost more than
    // the import itself; what this run's works teach is used from the next run on.
    TagSuggester suggester = vocabulary.suggester();
    return keptRun(dryRun, runId -> importFound(runId, found, owner, dryRun, suggester, progress));
  }

  private List<FileOutcome> importFound(long runId, ImportUnits.Found found, ImportOwner owner, boolean dryRun,
      TagSuggester suggester, ImportProgress progress) {
    progress.started(found.units().size() + found.unreadable().size(), totalBytes(found.units()));
    List<FileOutcome> outcomes = new ArrayList<>();
    Consumer<List<FileOutcome>> record = done -> {
      log.recordAll(runId, outcomes.size() + 1, done);
      outcomes.addAll(done);
      done.forEach(progress::fileDone);
    };
    record.accept(found.unreadable());
    long worksBefore = works.count();
    WorkPublisher.Bulk bulk = new WorkPublisher.Bulk(searchIndex.deferred(runId));
    ImportBatch batch = new ImportBatch(publisher, bulk);
    Consumer<ReadFile> store = file -> {
      add(file, batch, record);
      if (batch.isFull()) {
        record.accept(batch.publish());
      }
    };
    try (ReadAhead reading = new ReadAhead(file -> readPath(file, owner, dryRun, suggester))) {
      while (!found.units().isEmpty()) {
        ImportUnits.Unit unit = found.units().poll();
        if (unit.efiction() != null) {
          reading.drain(store);
          record.accept(batch.publish());
          List<FileOutcome> summary = efiction.importArchive(unit, owner, dryRun, suggester, record, store,
              () -> record.accept(batch.publish()));
          record.accept(batch.publish());
          record.accept(summary);
        } else if (unit.automated() != null) {
          reading.drain(store);
          record.accept(batch.publish());
          List<FileOutcome> summary = automated.importArchive(unit, owner, dryRun, suggester, record, store);
          record.accept(batch.publish());
          record.accept(summary);
        } else if (unit.isArchive()) {
          reading.drain(store);
          record.accept(batch.publish());
          record.accept(archives.importArchive(unit, owner, dryRun, suggester, store));
          record.accept(batch.publish());
        } else {
          reading.read(unit, store);
        }
      }
      reading.drain(store);
    }
    record.accept(batch.publish());
    long imported = outcomes.stream().filter(o -> o.status() == FileOutcome.Status.IMPORTED).count();
    List<String> unindexed = bulk.finish(imported > 0 && imported >= worksBefore);
    if (!unindexed.isEmpty()) {
      logger.error("Some imported works are stored but could not be indexed; they are indexed "
          + "again when the archive next opens: {}", unindexed);
    }
    return outcomes;
  }

  /**
   * Imports as one kept run: the run's heartbeat goes on while {@code body} imports, and stops
   * however it ends. A body that throws leaves the run unfinished, so that it is seen interrupted.
   */
  private ImportReport keptRun(boolean dryRun, LongFunction<List<FileOutcome>> body) {
    long runId = log.start(dryRun);
    try {
      List<FileOutcome> outcomes = body.apply(runId);
      log.finish(runId);
      return new ImportReport(runId, outcomes);
    } finally {
      log.ended(runId);
    }
  }

  /** As {@link #importPaths(List, ImportOwner, boolean, ImportProgress)}, for works that belong to no account. */
  public ImportReport importPaths(List<Path> paths, boolean dryRun, ImportProgress progress) {
    return importPaths(paths, ImportOwner.NONE, dryRun, progress);
  }

  /**
   * Adds a file read ahead to {@code batch}, unless an earlier file of this run had the same
   * bytes: reading ahead could not know, as that file was not stored yet.
   */
  private void add(ReadFile file, ImportBatch batch, Consumer<List<FileOutcome>> record) {
    if (file.submission() != null) {
      String sha256 = file.submission().original().sha256();
      if (batch.holds(sha256)) {
        record.accept(batch.publish());
      }
      Optional<Long> existing = works.findWorkIdByOriginal(sha256);
      if (existing.isPresent()) {
        batch.add(FileOutcome.duplicate(file.shownPath(), existing.get()));
        return;
      }
    }
    batch.add(file);
  }

  /**
   * Imports files handed over as bytes (the bundled samples, an upload) as one kept run.
   *
   * @param files file names and their bytes, in the order to import them
   * @param owner whom the works made, joined or updated belong to
   */
  public ImportReport importFiles(Map<String, byte[]> files, ImportOwner owner, boolean dryRun) {
    TagSuggester suggester = vocabulary.suggester();
    return keptRun(dryRun, runId -> {
      List<FileOutcome> outcomes = new ArrayList<>();
      files.forEach((name, bytes) -> {
        FileOutcome outcome = importBytes(name, name, bytes, owner, dryRun, suggester);
        log.recordAll(runId, outcomes.size() + 1, List.of(outcome));
        outcomes.add(outcome);
      });
      return outcomes;
    });
  }

  /** As {@link #importFiles(Map, ImportOwner, boolean)}, for works that belong to no account. */
  public ImportReport importFiles(Map<String, byte[]> files, boolean dryRun) {
    return importFiles(files, ImportOwner.NONE, dryRun);
  }

  private static long totalBytes(Collection<ImportUnits.Unit> units) {
    long total = 0;
    for (ImportUnits.Unit unit : units) {
      for (Path file : unit.isArchive() ? unit.tables() : List.of(unit.path())) {
        try {
          total += Files.size(file);
        } catch (IOException e) {
          // The file's own import reports why it cannot be read.
        }
      }
    }
    return total;
  }

  /** Reads one file: its outcome decided, or its story ready to store. Thread-safe. */
  private ReadFile readPath(ImportUnits.Unit file, ImportOwner owner, boolean dryRun, TagSuggester suggester) {
    Path path = file.path();
    String shown = file.shown();
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > MAX_FILE_BYTES) {
        return ReadFile.decided(FileOutcome.failed(shown, "the file is " + megabytes(size)
            + " MB; Quire imports files up to " + megabytes(MAX_FILE_BYTES) + " MB"));
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return ReadFile.decided(FileOutcome.failed(shown, "no such file"));
    } catch (IOException e) {
      return ReadFile.decided(FileOutcome.failed(shown, "cannot read the file (" + readFailure(e) + ")"));
    }
    try {
      return read(shown, path.getFileName().toString(), bytes, Sha256.hex(bytes), owner, dryRun, suggester);
    } catch (RuntimeException e) {
      return ReadFile.decided(defect(shown, e));
    }
  }

  /**
   * Imports one file's bytes.
   *
   * @param shownPath how the report names the file
   * @param fileName the file's own name, used to detect its format and as a fallback title
   * @param owner whom the work made, joined or updated belongs to
   */
  public FileOutcome importBytes(String shownPath, String fileName, byte[] bytes, ImportOwner owner, boolean dryRun) {
    return importBytes(shownPath, fileName, bytes, owner, dryRun, vocabulary.suggester());
  }

  /** As {@link #importBytes(String, String, byte[], ImportOwner, boolean)}, for a work that belongs to no account. */
  public FileOutcome importBytes(String shownPath, String fileName, byte[] bytes, boolean dryRun) {
    return importBytes(shownPath, fileName, bytes, ImportOwner.NONE, dryRun);
  }

  private FileOutcome importBytes(String shownPath, String fileName, byte[] bytes, ImportOwner owner, boolean dryRun,
      TagSuggester suggester) {
    ImportBatch single = new ImportBatch(publisher);
    single.add(read(shownPath, fileName, bytes, Sha256.hex(bytes), owner, dryRun, suggester));
    return single.publish().getFirst();
  }

  /** Reads a file's bytes: a duplicate or failure decided, or a story to store. */
  private ReadFile read(String shownPath, String fileName, byte[] bytes, String sha256, ImportOwner owner,
      boolean dryRun, TagSuggester suggester) {
    Optional<Long> existing = works.findWorkIdByOriginal(sha256);
    if (existing.isPresent()) {
      return ReadFile.decided(FileOutcome.duplicate(shownPath, existing.get()));
    }
    try {
      StoryFormat format = detectFormat(bytes, fileName);
      StoryDocument story = format.read(bytes, fileName);
      Original original = new Original(fileName, format.name(), bytes, sha256);
      return prepare(shownPath, original, story, List.of(), owner, dryRun, suggester);
    } catch (UnreadableFileException e) {
      return ReadFile.decided(FileOutcome.failed(shownPath, e.getMessage()));
    } catch (RuntimeException e) {
      return ReadFile.decided(defect(shownPath, e));
    }
  }

  /**
   * Fits a story read from {@code original} to what the archive stores and suggests its tags
   * (decided in a dry run): a story without a title gets one from its text ({@link GuessedTitle}),
   * or else the file's name, and is flagged.
   *
   * @param flags what reading the story already noticed
   */
  ReadFile prepare(String shownPath, Original original, StoryDocument read, List<String> flags,
      ImportOwner owner, boolean dryRun, TagSuggester suggester) {
    long text = read.chapters().stream().mapToLong(chapter -> chapter.bodyHtml().length()).sum();
    if (text > LARGEST_TEXT) {
      // Stored and indexed as one document, a story takes many times its text in memory: a 48 MB
      // one took all of a 512 MB heap and stopped the whole run. Checked here, where every story
      // passes, a single file's or one of an archive's.
      return ReadFile.decided(FileOutcome.failed(shownPath, "the story's text is " + megabytes(text)
          + " MB; with " + megabytes(Runtime.getRuntime().maxMemory()) + " MB of memory Quire imports stories of up to "
          + megabytes(LARGEST_TEXT) + " MB of text (give it more with JAVA_OPTS=-Xmx...)"));
    }
    List<String> allFlags = new ArrayList<>(flags);
    String title = read.title();
    if (title == null || title.isBlank()) {
      Optional<String> guessed = GuessedTitle.of(read);
      title = guessed.orElseGet(() -> fallbackTitle(original.fileName()));
      allFlags.add(guessed.isPresent() ? "title guessed" : "title missing");
    }
    title = StoredLengths.shorten(title, StoredLengths.TITLE, "title", allFlags);
    StoryDocument story = StoredLengths.fit(withLanguage(read, allFlags), allFlags);
    if (dryRun) {
      allFlags.add("dry run");
      return ReadFile.decided(FileOutcome.imported(shownPath, null, allFlags));
    }
    List<Suggestion> suggestions = suggester.suggest(story);
    return ReadFile.toStore(shownPath, new Submission(story, title, suggestions, original, owner), allFlags);
  }

  /** A story that does not say its language gets the one its text is written in, flagged. */
  private StoryDocument withLanguage(StoryDocument story, List<String> flags) {
    if (story.language() != null) {
      return story;
    }
    return languages.detectLanguage(story).map(language -> {
      flags.add("language detected: " + language);
      return story.toBuilder().language(language).build();
    }).orElse(story);
  }

  /** Why a file could not be read, without the path an I/O error names: reports are public. */
  static String readFailure(IOException e) {
    return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
  }

  /**
   * A defect, not a bad file: the batch goes on, and the log says where to look. The report names
   * only the kind of error: the error's own message may quote SQL, and reports are public.
   */
  static FileOutcome defect(String shownPath, RuntimeException e) {
    logger.error("Importing {} failed unexpectedly", shownPath, e);
    return FileOutcome.failed(shownPath, "internal error while importing ("
        + e.getClass().getSimpleName() + "; the server's log has the details)");
  }

  /** The work already made from a file with these bytes, if any. */
  Optional<Long> workWithOriginal(String sha256) {
    return works.findWorkIdByOriginal(sha256);
  }

  /** The file's format; when none reads it, the reason names what is wrong with the bytes. */
  private static StoryFormat detectFormat(byte[] bytes, String fileName) throws UnreadableFileException {
    Optional<StoryFormat> format = StoryFormats.detect(bytes, fileName);
    if (format.isPresent()) {
      return format.get();
    }
    new TextDecoder().decode(bytes);
    throw new UnreadableFileException(
        "not a format Quire reads (it reads: " + String.join(", ", StoryFormats.names()) + ")");
  }

  private static String fallbackTitle(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static long megabytes(long bytes) {
    return bytes / (1024 * 1024);
  }
}
