package dev.quire.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A file a work was imported from, named by the SHA-256 of its bytes. The bytes themselves live in
 * {@link OriginalContent} so that showing a work never loads them.
 */
@Entity
public class OriginalFile {

  @Id
  @Column(name = "sha256", length = 64)
  private String sha256;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "work_id")
  private Work work;

  @Column(nullable = false)
  private String fileName;

  @Column(nullable = false)
  private String format;

  @Column(nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private Instant importedAt;

  protected OriginalFile() {}

  OriginalFile(
      String sha256, Work work, String fileName, String format, long sizeBytes, Instant importedAt) {
    this.sha256 = sha256;
    this.work = work;
    this.fileName = fileName;
    this.format = format;
    this.sizeBytes = sizeBytes;
    this.importedAt = importedAt;
  }

  /** Lower-case hex SHA-256 of the original bytes. */
  public String getSha256() {
    return sha256;
  }

  public Work getWork() {
    return work;
  }

  /** The file's name as it was imported, without directories. */
  public String getFileName() {
    return fileName;
  }

  /** The name of the format it was read as, e.g. {@code plain-text}. */
  public String getFormat() {
    return format;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public Instant getImportedAt() {
    return importedAt;
  }
}
