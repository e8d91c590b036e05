package dev.quire.work;

import dev.quire.tag.TagKind;
import dev.quire.tagging.Finding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * An editor's decision on a suggestion as it was offered, kept after the suggestion is gone: the
 * archive's record of how often each way of finding is right ({@link SuggestionRecord}). Written
 * once, never changed.
 */
@Entity
class SuggestionDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private Finding finding;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TagKind kind;

  @Column(nullable = false)
  private String name;

  private double confidence;

  private boolean accepted;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected SuggestionDecision() {}

  SuggestionDecision(TagSuggestion suggestion, boolean accepted, Instant decidedAt) {
    this.finding = suggestion.getFinding();
    this.kind = suggestion.getKind();
    this.name = suggestion.getName();
    this.confidence = suggestion.getConfidence();
    this.accepted = accepted;
    this.decidedAt = decidedAt;
  }
}
