package dev.quire.download;

import dev.quire.work.SeriesDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A whole series as one download: a page for the series, then each work with its own title page,
 * in the series' order.
 *
 * @param series the series, detached, with at least one work
 * @param archive the archive's base address, without a final slash
 */
public record SeriesBook(SeriesDetails series, String archive) implements Book {

  public SeriesBook {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(archive, "archive");
    if (series.works().isEmpty()) {
      throw new IllegalArgumentException("series " + series.id() + " has no works to download");
    }
  }

  /** Where the series would be shown; it names the series for the identifier. */
  @Override
  public String address() {
    return archive + "/series/" + series.id();
  }

  @Override
  public String title() {
    return series.title();
  }

  @Override
  public List<String> creators() {
    return works().stream().flatMap(w -> w.creators().stream()).distinct().toList();
  }

  @Override
  public List<String> languages() {
    return works().stream().flatMap(w -> w.languages().stream()).distinct().toList();
  }

  @Override
  public List<String> subjects() {
    return works().stream().flatMap(w -> w.subjects().stream()).distinct().toList();
  }

  /** The works' addresses, here and first: the series has no source of its own. */
  @Override
  public List<String> sources() {
    return works().stream().flatMap(w -> w.sources().stream()).distinct().toList();
  }

  @Override
  public String summary() {
    return series.summary();
  }

  /** When the first of its works was published. */
  @Override
  public LocalDate published() {
    return works().stream().map(WorkBook::published).min(Comparator.naturalOrder()).orElseThrow();
  }

  /** When the last of its works changed. */
  @Override
  public Instant modified() {
    return works().stream().map(WorkBook::modified).max(Comparator.naturalOrder()).orElseThrow();
  }

  @Override
  public List<WorkBook> works() {
    return series.works().stream().map(w -> new WorkBook(w, archive)).toList();
  }
}
