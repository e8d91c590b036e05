package dev.quire.bench;

import dev.quire.tagging.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * AO3 "Download → HTML" files of a {@link SyntheticArchive}, for tests of other packages that need
 * an archive shaped like a real one. Uses the built-in prose and tags, so it needs nothing beside
 * the repository. Work {@code n} of a seed is always the same file.
 */
public final class SyntheticDownloads {

  private final SyntheticArchive archive;

  public SyntheticDownloads(long seed, int works) {
    this.archive = new SyntheticArchive(seed, works, false, ProseSample.builtIn(seed), FreeformTags.builtIn(),
        Vocabulary.shipped());
  }

  public int works() {
    return archive.works();
  }

  /** Work {@code number} (from 0) as AO3 writes its HTML download. */
  public String html(int number) {
    return Ao3Download.html(archive.work(number));
  }

  /** Work {@code number} pushed to the extremes a page must survive; see {@link Extremes}. */
  public String html(int number, Extremes extremes) {
    WorkSpec w = archive.work(number);
    List<String> freeforms = new ArrayList<>(w.freeforms());
    freeforms.addAll(extremes.moreFreeforms());
    WorkSpec changed = new WorkSpec(w.number(), extremes.title(), extremes.creator(), extremes.summary(),
        w.rating(), w.warnings(), w.categories(), List.of(extremes.fandom()), w.relationships(), w.characters(),
        freeforms, w.language(), w.published(), w.updated(), extremes.chapters(), extremes.chapters(),
        w.words(), w.kudos(), w.hits(), w.bookmarks(), w.comments(), chapters(w, extremes.chapters()));
    String html = Ao3Download.html(changed);
    if (extremes.series() == null) {
      return html;
    }
    return html.replace("      <dt>Language:</dt>", "      <dt>Series:</dt>\n      <dd>Part " + extremes.part()
        + " of <a href=\"http://archiveofourown.org/series/1\">" + extremes.series() + "</a></dd>\n"
        + "      <dt>Language:</dt>");
  }

  /** The work's paragraphs dealt out over {@code count} chapters, reused when there are too few. */
  private static List<List<String>> chapters(WorkSpec work, int count) {
    List<String> paragraphs = work.chapters().stream().flatMap(List::stream).toList();
    int each = Math.max(2, paragraphs.size() / count);
    List<List<String>> chapters = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      List<String> chapter = new ArrayList<>();
      for (int p = 0; p < each; p++) {
        chapter.add(paragraphs.get((c * each + p) % paragraphs.size()));
      }
      chapters.add(chapter);
    }
    return chapters;
  }

  /**
   * What replaces a generated work's own title, creator, summary, fandom and chapters, and what is
   * added to its tags.
   *
   * @param summary plain text
   * @param series the series it is part {@code part} of, or {@code null} for none
   */
  public record Extremes(String title, String creator, String summary, String fandom,
      List<String> moreFreeforms, int chapters, String series, int part) {

    public Extremes {
      moreFreeforms = List.copyOf(moreFreeforms);
      if (chapters < 1) {
        throw new IllegalArgumentException("a work has at least one chapter");
      }
    }
  }
}
