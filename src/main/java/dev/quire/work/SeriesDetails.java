package dev.quire.work;

import dev.quire.tag.Rating;
import dev.quire.work.WorkSummary.Byline;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A series with everything a reader sees of its works, detached from the database.
 *
 * @param summary sanitized HTML, or {@code null}
 * @param works the series' works the viewer may read, in reading order
 */
public record SeriesDetails(long id, String title, String summary, List<WorkDetails> works) {

  public SeriesDetails {
    works = List.copyOf(works);
  }

  /** The creators of its works, each once, in the order they first appear. */
  public List<Byline> bylines() {
    return works.stream().flatMap(w -> w.summary().bylines().stream()).distinct().toList();
  }

  /** The words of all its works. */
  public int words() {
    return works.stream().mapToInt(w -> w.summary().words()).sum();
  }

  /** When its first work was published; call only for a series with works. */
  public LocalDate begun() {
    return works.stream().map(w -> w.summary().published()).min(Comparator.naturalOrder()).orElseThrow();
  }

  /** When any of its works last changed; call only for a series with works. */
  public LocalDate updated() {
    return works.stream().map(w -> w.summary().updatedOn()).max(Comparator.naturalOrder()).orElseThrow();
  }

  /**
   * The strictest rating of its works, {@link Rating#NOT_RATED} for a series without works: a
   * series with one adult work is an adult series.
   */
  public Rating rating() {
    return works.stream().map(w -> w.summary().rating())
        .max(Comparator.comparingInt(Rating::strictness)).orElse(Rating.NOT_RATED);
  }
}
