package dev.quire.ingest;

import dev.quire.ingest.FileOutcome.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** One file's outcome within an {@link ImportRun}. */
@Entity
@Table(name = "import_file")
public class ImportRunFile {

  private static final int MAX_TEXT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "run_id")
  private ImportRun run;

  private int position;

  @Column(nullable = false)
  private String path;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private Long workId;

  private String reason;

  /** Flags joined with a line feed; a flag never holds one. */
  private String flags;

  protected ImportRunFile() {}

  ImportRunFile(ImportRun run, int position, FileOutcome outcome) {
    this.run = run;
    this.position = position;
    this.path = clip(outcome.path());
    this.status = outcome.status();
    this.workId = outcome.workId();
    this.reason = clip(outcome.reason());
    this.flags = clip(String.join("\n", outcome.flags()));
  }

  private static String clip(String text) {
    return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  public int getPosition() {
    return position;
  }

  public String getPath() {
    return path;
  }

  public Status getStatus() {
    return status;
  }

  /** The work the file became or already was, or {@code null}. */
  public Long getWorkId() {
    return workId;
  }

  public String getReason() {
    return reason;
  }

  public List<String> getFlags() {
    return flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split("\n"));
  }
}
