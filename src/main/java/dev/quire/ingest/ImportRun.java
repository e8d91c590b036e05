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
import org.hibernate.annotations.DynamicUpdate;

/**
 * One run of the importer as it is kept for {@code /imports}: when it ran, its counts and every
 * file's outcome. Files are added as they are imported, so a run that was killed half-way still
 * shows how far it got: it has no finish time, its heartbeat stops, and it is marked interrupted
 * when an embedded archive next opens or, on any deployment, once it has been silent for {@link
 * ImportHeartbeat#SILENT_AFTER}.
 *
 * <p>Updated column by column: counting a file must not write back the heartbeat that another
 * thread renews meanwhile.
 */
@Entity
@DynamicUpdate
public class ImportRun {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant startedAt;

  private Instant finishedAt;

  private Instant interruptedAt;

  @Column(nullable = false)
  private Instant heartbeatAt;

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
    this.heartbeatAt = startedAt;
    this.dryRun = dryRun;
  }

  /** Counts an outcome; the file's row itself is stored apart, so the list is never loaded. */
  void count(FileOutcome outcome) {
    switch (outcome.status()) {
      case IMPORTED -> imported++;
      case UPDATED -> updated++;
      case DUPLICATE -> duplicates++;
      case FAILED -> failed++;
      case ARCHIVE -> { }
    }
  }

  /** Ends the run; one that reaches its end was not interrupted, whatever a node thought while it was silent. */
  void finish(Instant when) {
    this.finishedAt = when;
    this.interruptedAt = null;
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
   * When the archive found this run neither finished nor running (it was killed or its machine
   * stopped): on opening an embedded archive, or once the run's heartbeat had been silent too
   * long; {@code null} otherwise.
   */
  public Instant getInterruptedAt() {
    return interruptedAt;
  }

  /** When the process importing the run last said it was at work (its start, at first). */
  public Instant getHeartbeatAt() {
    return heartbeatAt;
  }

  /** How far the run got: the files whose outcome is kept. */
  public int getFilesDone() {
    return imported + updated + duplicates + failed;
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
