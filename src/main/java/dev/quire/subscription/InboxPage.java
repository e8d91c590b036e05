package dev.quire.subscription;

import java.util.List;

/**
 * One page of an account's inbox, newest first.
 *
 * @param page 1-based
 * @param pages at least 1
 * @param total the notices the account may read now
 * @param unseen how many of those it has not marked read
 */
public record InboxPage(List<Notice> notices, int page, int pages, long total, long unseen) {

  /** Notices a page holds. */
  public static final int SIZE = 20;

  public InboxPage {
    notices = List.copyOf(notices);
  }
}
