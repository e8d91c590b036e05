package dev.quire.work;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Works that belong together, each at a position (1-based) in reading order. */
@Entity
public class Series {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String title;

  private String summary;

  @OneToMany(mappedBy = "series", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<SeriesEntry> entries = new ArrayList<>();

  protected Series() {}

  public Series(String title) {
    this.title = Objects.requireNonNull(title, "title").strip();
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summaryHtml) {
    this.summary = summaryHtml;
  }

  /** The series' works in reading order. */
  public List<SeriesEntry> getEntries() {
    return Collections.unmodifiableList(entries);
  }

  /** Whether some work holds {@code position}. */
  public boolean isTaken(int position) {
    return entries.stream().anyMatch(e -> e.getPosition() == position);
  }

  /** Takes {@code work} out of the series, if it is in it. */
  public void remove(Work work) {
    entries.removeIf(e -> e.getWork().equals(work));
  }

  /** The position after the last work's: where a work goes when no place is chosen. */
  public int nextPosition() {
    return entries.stream().mapToInt(SeriesEntry::getPosition).max().orElse(0) + 1;
  }

  /** Places {@code work} at {@code position}; a position is held by one work only. */
  public void place(Work work, int position) {
    if (position < 1) {
      throw new IllegalArgumentException("series positions start at 1: " + position);
    }
    if (isTaken(position)) {
      throw new IllegalArgumentException("position " + position + " of '" + title + "' is taken");
    }
    entries.add(new SeriesEntry(this, work, position));
    entries.sort(Comparator.comparingInt(SeriesEntry::getPosition));
  }
}
