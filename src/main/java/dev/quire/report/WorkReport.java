package dev.quire.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reader's report of a work, open until a moderator or admin resolves it. The work and the
 * accounts are held by id: a report is read with its work through the access policy
 * ({@code WorkCatalog}), never loaded around it.
 */
@Entity
@Table(name = "work_report")
class WorkReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "work_id", nullable = false)
  private long workId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportReason reason;

  @Column(nullable = false)
  private String details;

  @Column(name = "reporter_email", nullable = false)
  private String reporterEmail;

  @Column(name = "reporter_id")
  private Long reporterId;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by_id")
  private Long resolvedById;

  protected WorkReport() {}

  WorkReport(long workId, ReportReason reason, String details, String reporterEmail, Long reporterId,
      Instant reportedAt) {
    this.workId = workId;
    this.reason = reason;
    this.details = details;
    this.reporterEmail = reporterEmail;
    this.reporterId = reporterId;
    this.reportedAt = reportedAt;
  }

  Long getId() {
    return id;
  }

  long getWorkId() {
    return workId;
  }

  ReportReason getReason() {
    return reason;
  }

  String getDetails() {
    return details;
  }

  String getReporterEmail() {
    return reporterEmail;
  }

  Instant getReportedAt() {
    return reportedAt;
  }

  boolean isResolved() {
    return resolvedAt != null;
  }

  void resolve(long byAccountId, Instant at) {
    resolvedAt = at;
    resolvedById = byAccountId;
  }
}
