package dev.quire.work;

import dev.quire.tag.TagKind;
import dev.quire.tagging.Finding;
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

/** A stored tag suggestion for a work, waiting for an editor; never a tag by itself. */
@Entity
public class TagSuggestion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "work_id")
  private Work work;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TagKind kind;

  @Column(nullable = false)
  private String name;

  private double confidence;

  @Column(nullable = false)
  private String evidence;

  private boolean rejected;

  /** How the suggestion was found; {@code null} for one stored before findings were recorded. */
  @Enumerated(EnumType.STRING)
  private Finding finding;

  protected TagSuggestion() {}

  TagSuggestion(Work work, TagKind kind, String name, double confidence, String evidence, Finding finding) {
    this.work = work;
    this.kind = kind;
    this.name = name;
    this.confidence = confidence;
    this.evidence = evidence;
    this.finding = finding;
  }

  public Long getId() {
    return id;
  }

  Work getWork() {
    return work;
  }

  /** Whether an editor turned the suggestion down; it is then no longer offered. */
  public boolean isRejected() {
    return rejected;
  }

  void reject() {
    this.rejected = true;
  }

  public TagKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public double getConfidence() {
    return confidence;
  }

  public String getEvidence() {
    return evidence;
  }

  /** How it was found, or {@code null} when that was not recorded (stored before it was, or by hand). */
  public Finding getFinding() {
    return finding;
  }
}
