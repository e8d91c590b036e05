package dev.quire.bookmark;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader's bookmark of a work. The work is held by id, read through the access policy; its title
 * is kept on the row too, so that a bookmark whose work was deleted (its id then gone) still says
 * what it was, with the reader's notes.
 */
@Entity
@Table(name = "bookmark")
class Bookmark {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  /** Null once the work is deleted. */
  @Column(name = "work_id")
  private Long workId;

  @Column(name = "series_id")
  private Long seriesId;

  /** {@code WORK} or {@code SERIES}: what it is of, also once that was deleted. */
  @Column(nullable = false)
  private String kind = "WORK";

  @Column(name = "work_title", nullable = false)
  private String workTitle;

  /** Cleaned HTML, or null. */
  private String notes;

  @Column(nullable = false)
  private boolean rec;

  @Column(name = "is_private", nullable = false)
  private boolean hidden;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bookmark_tag", joinColumns = @JoinColumn(name = "bookmark_id"))
  @OrderColumn(name = "position")
  @Column(name = "name")
  private List<String> tags = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Bookmark() {}

  Bookmark(long accountId, long workId, String workTitle, Instant at) {
    this.accountId = accountId;
    this.workId = workId;
    this.workTitle = workTitle;
    this.createdAt = at;
    this.updatedAt = at;
  }

  /** A bookmark of a series. */
  static Bookmark ofSeries(long accountId, long seriesId, String title, Instant at) {
    Bookmark bookmark = new Bookmark();
    bookmark.accountId = accountId;
    bookmark.seriesId = seriesId;
    bookmark.kind = "SERIES";
    bookmark.workTitle = title;
    bookmark.createdAt = at;
    bookmark.updatedAt = at;
    return bookmark;
  }

  void write(BookmarkForm.Checked form, String title, Instant at) {
    notes = form.notes();
    tags.clear();
    tags.addAll(form.tags());
    rec = form.rec();
    hidden = form.isPrivate();
    workTitle = title;
    updatedAt = at;
  }

  Long getId() {
    return id;
  }

  long getAccountId() {
    return accountId;
  }

  Long getWorkId() {
    return workId;
  }

  Long getSeriesId() {
    return seriesId;
  }

  boolean isOfSeries() {
    return "SERIES".equals(kind);
  }

  String getWorkTitle() {
    return workTitle;
  }

  String getNotes() {
    return notes;
  }

  boolean isRec() {
    return rec;
  }

  boolean isPrivate() {
    return hidden;
  }

  List<String> getTags() {
    return List.copyOf(tags);
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }
}
