package dev.quire.wrangling;

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
 * One change a wrangler made to one field of a tag, with the field's value before and after, in
 * the {@link ChangeSet} of the action that made it.
 */
@Entity
@Table(name = "tag_change")
class TagChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tag_id", nullable = false)
  private long tagId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "user_name", nullable = false)
  private String userName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TagField what;

  @Column(name = "before_value", nullable = false)
  private String before;

  @Column(name = "after_value", nullable = false)
  private String after;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "change_set", nullable = false)
  private String changeSet;

  private String undoes;

  protected TagChange() {}

  TagChange(ChangeSet set, long tagId, Long accountId, String userName, TagField what, String before, String after,
      Instant changedAt) {
    this.changeSet = set.id();
    this.undoes = set.undoes();
    this.tagId = tagId;
    this.accountId = accountId;
    this.userName = userName;
    this.what = what;
    this.before = before;
    this.after = after;
    this.changedAt = changedAt;
  }

  ShownChange shown() {
    return new ShownChange(changeSet, userName, what, before, after, changedAt);
  }

  String changeSet() {
    return changeSet;
  }

  long tagId() {
    return tagId;
  }

  TagField what() {
    return what;
  }

  String before() {
    return before;
  }
}
