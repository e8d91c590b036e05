package dev.quire.comment;

/** What a viewer may want to do to a comment; {@link CommentPolicy} says who may. */
public enum CommentAction {
  /** Answer it. */
  REPLY,
  /** Change its text: its commenter. */
  EDIT,
  /** Delete it: its commenter, or the work's creators. */
  DELETE,
  /** Stop (or allow again) replies to it and below it: the work's creators. */
  FREEZE,
  /** Let a comment held for approval be shown: the work's creators. */
  APPROVE,
  /** Hide it from everyone but moderators (or show it again): moderators. */
  HIDE
}
