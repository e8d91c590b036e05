package dev.quire.ingest;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One run of the importer as it is kept for {@code /imports}: when it ran, its counts and every
 * file's outcome. Files are added as they are imported, so a run that was killed half-way still
 * shows how far it got: it has no finish time, and is marked interrupted when the archive next
 * opens.
 */
@Entity
public class ImportRun {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant startedAt;

  private Instant finishedAt;

  private Instant interruptedAt;

  private boolean dryRun;

  private int imported;

  private int updated;

  private int duplicates;

  private int failed;

  @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ImportRunFile> files = new ArrayList<>();

  protected ImportRun() {}

  ImportRun(Instant startedAt, boolean dryRun) {
    this.startedAt = startedAt;
    this.dryRun = dryRun;
  }

  /** Counts an outcome; the file's row itself is stored apart, so the list is never loaded. */
  void count(FileOutcome outcome) {
    switch (outcome.status()) {
      case IMPORTED -> imported++;
      case UPDATED -> updated++;
      case DUPLICATE -> duplicates++;
      case FAILED -> failed++;
    }
  }

  void finish(Instant when) {
    this.finishedAt = when;
  }

  void interrupt(Instant noticed) {
    this.interruptedAt = noticed;
  }

  public Long getId() {
    return id;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  /** When the run ended, or {@code null} when it was stopped before the end. */
  public Instant getFinishedAt() {
    return finishedAt;
  }

  /**
   * When the archive opened and found this run neither finished nor running (it was killed or its
   * machine stopped), or {@code null}.
   */
  public Instant getInterruptedAt() {
    return interruptedAt;
  }

  /** Still importing: neither finished nor interrupted. */
  public boolean isRunning() {
    return finishedAt == null && interruptedAt == null;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public int getImported() {
    return imported;
  }

  public int getUpdated() {
    return updated;
  }

  public int getDuplicates() {
    return duplicates;
  }

  public int getFailed() {
    return failed;
  }

  public List<ImportRunFile> getFiles() {
    return Collections.unmodifiableList(files);
  }
}
