package dev.quire.report;

import java.time.Instant;

/**
 * An open report as the moderators' list shows it.
 *
 * @param workTitle the work's title, or null when the moderator may not open the work (a draft)
 * @param workHidden whether the work is hidden already
 * @param reporter the reporter's address, or null when the moderator reading is a creator of the work
 */
public record OpenReport(long id, long workId, String workTitle, boolean workHidden, ReportReason reason,
    String details, String reporter, Instant reportedAt) {}
