package dev.quire.subscription;

/** How an account hears of its subscriptions' news by mail. */
public enum MailChoice {
  /** A letter for each notice as it comes. */
  IMMEDIATE,
  /** One letter a day with every notice of the day. */
  DIGEST,
  /** No mail: the inbox and the private feeds only. */
  NONE
}
