package dev.quire.work;

/** Who may comment on a work, as its creator chose (AO3's three choices). */
public enum CommentPermission {
  EVERYONE,
  REGISTERED,
  NONE
}
