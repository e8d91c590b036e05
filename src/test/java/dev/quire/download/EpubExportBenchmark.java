package dev.quire.download;

import dev.quire.platform.Sha256;
import dev.quire.story.WorkStats;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import dev.quire.work.Visibility;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import dev.quire.work.WorkSummary;
import dev.quire.work.WorkSummary.Byline;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Exports works as EPUB and says how fast, for docs/BENCHMARKS.md (not a test: it measures, it
 * does not assert). The works are cut from the public-domain novel among the bundled samples, 1 to
 * 12 of its chapters each, so sizes vary as an archive's do. Writing only: loading from the
 * database is not measured. Run as docs/BENCHMARKS.md says.
 */
public final class EpubExportBenchmark {

  private static final String NOVEL = "/samples/old-friends-and-new-fancies.txt";
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private EpubExportBenchmark() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    List<String> chapters = chapters();
    List<WorkBook> works = new ArrayList<>();
    long htmlBytes = 0;
    for (int i = 0; i < count; i++) {
      WorkBook book = new WorkBook(work(i, chapters), "https://fic.example.org");
      works.add(book);
      htmlBytes += book.work().chapters().stream().mapToLong(c -> c.body().length()).sum();
    }
    EpubWriter writer = new EpubWriter();
    export(writer, works.subList(0, Math.min(200, count)));
    System.gc();
    resetPeaks();
    long heapBefore = usedHeap();
    long started = System.nanoTime();
    long cpuStarted = CPU.getCurrentThreadCpuTime();
    long epubBytes = export(writer, works);
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
    System.out.printf(Locale.ROOT, "works: %d, %d chapters in all, %.1f MB of chapter HTML%n", count,
        works.stream().mapToInt(w -> w.work().chapters().size()).sum(), htmlBytes / 1e6);
    System.out.printf(Locale.ROOT, "wall time: %.2f s, %.0f works/s%n", seconds, count / seconds);
    System.out.printf(Locale.ROOT, "CPU time: %.2f s, %.0f works per CPU second%n", cpuSeconds, count / cpuSeconds);
    System.out.printf(Locale.ROOT, "EPUB written: %.1f MB, %.1f MB/s (%.1f MB per CPU second);"
        + " chapter HTML read: %.1f MB/s (%.1f MB per CPU second)%n", epubBytes / 1e6, epubBytes / 1e6 / seconds,
        epubBytes / 1e6 / cpuSeconds, htmlBytes / 1e6 / seconds, htmlBytes / 1e6 / cpuSeconds);
    System.out.printf(Locale.ROOT, "heap: %.0f MB in use before (the works themselves), peak %.0f MB, max %.0f MB%n",
        heapBefore / 1e6, peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
  }

  private static long export(EpubWriter writer, List<WorkBook> works) throws IOException {
    long bytes = 0;
    for (WorkBook work : works) {
      Counting out = new Counting();
      writer.write(work, out);
      bytes += out.count;
    }
    return bytes;
  }

  /** The novel's chapters as HTML paragraphs, its hard-wrapped lines joined. */
  private static List<String> chapters() throws IOException {
    String text;
    try (InputStream in = EpubExportBenchmark.class.getResourceAsStream(NOVEL)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
    List<String> chapters = new ArrayList<>();
    for (String chapter : text.split("\nChapter [IVXL]+\n")) {
      StringBuilder html = new StringBuilder();
      for (String paragraph : chapter.split("\n\\s*\n")) {
        if (!paragraph.isBlank()) {
          html.append("<p>").append(Entities.escape(paragraph.strip().replace('\n', ' '))).append("</p>");
        }
      }
      chapters.add(html.toString());
    }
    return chapters.subList(1, chapters.size());
  }

  private static WorkDetails work(int i, List<String> novel) {
    int length = 1 + i % 12;
    int start = (i * 7) % (novel.size() - length);
    List<ChapterText> chapters = new ArrayList<>();
    for (int c = 0; c < length; c++) {
      chapters.add(new ChapterText(i * 100L + c, c + 1, null, "Chapter " + (c + 1), null, null, null,
          novel.get(start + c), 5000, Sha256.hex(novel.get(start + c))));
    }
    Map<TagKind, List<String>> tags = new EnumMap<>(TagKind.class);
    tags.put(TagKind.RATING, List.of(Rating.GENERAL.tagName()));
    tags.put(TagKind.FANDOM, List.of("Pride and Prejudice - Jane Austen"));
    tags.put(TagKind.CHARACTER, List.of("Georgiana Darcy", "Kitty Bennet"));
    WorkSummary summary = new WorkSummary(i, "Old Friends, part " + i, List.of(new Byline("Sybil G. Brinton", "Sybil_G_Brinton")), Rating.GENERAL,
        tags, "<p>A sequel, cut into parts.</p>", "en", length * 5000, length, length + "/" + length, true,
        LocalDate.of(1913, 1, 1), Instant.parse("2020-01-01T00:00:00Z"), WorkStats.NONE, null, 0);
    return new WorkDetails(summary, null, null, null, chapters, List.of(), List.of(), List.of(), Visibility.PUBLISHED, false, Set.of());
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static long usedHeap() {
    return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  /** Counts what is written and keeps none of it. */
  private static final class Counting extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
