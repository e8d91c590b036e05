package dev.quire.work;

import dev.quire.tag.Rating;
import java.util.Comparator;
import java.util.List;

/**
 * A series with everything a reader sees of its works, detached from the database.
 *
 * @param summary sanitized HTML, or {@code null}
 * @param works the series' works readers may see, in reading order
 */
public record SeriesDetails(long id, String title, String summary, List<WorkDetails> works) {

  public SeriesDetails {
    works = List.copyOf(works);
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
