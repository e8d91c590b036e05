package dev.quire.work;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A work's place in a {@link Series}. */
@Entity
@Table(name = "series_work")
public class SeriesEntry {

  @EmbeddedId private Key key = new Key();

  @MapsId("seriesId")
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "series_id")
  private Series series;

  @MapsId("workId")
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "work_id")
  private Work work;

  @Column(nullable = false)
  private int position;

  protected SeriesEntry() {}

  SeriesEntry(Series series, Work work, int position) {
    this.series = series;
    this.work = work;
    this.position = position;
  }

  public Series getSeries() {
    return series;
  }

  public Work getWork() {
    return work;
  }

  public int getPosition() {
    return position;
  }

  @Embeddable
  record Key(
      @Column(name = "series_id") Long seriesId, @Column(name = "work_id") Long workId)
      implements Serializable {
    Key() {
      this(null, null);
    }
  }
}
