package dev.quire.work;

import dev.quire.tag.TagKind;
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

  protected TagSuggestion() {}

  TagSuggestion(Work work, TagKind kind, String name, double confidence, String evidence) {
    this.work = work;
    this.kind = kind;
    this.name = name;
    this.confidence = confidence;
    this.evidence = evidence;
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
}
