package dev.quire.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The exact bytes of an {@link OriginalFile}, kept as imported. */
@Entity
public class OriginalContent {

  @Id
  @Column(name = "sha256", length = 64)
  private String sha256;

  @Column(nullable = false)
  private byte[] content;

  protected OriginalContent() {}

  public OriginalContent(String sha256, byte[] content) {
    this.sha256 = sha256;
    this.content = content.clone();
  }

  public byte[] content() {
    return content.clone();
  }
}
