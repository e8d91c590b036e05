package dev.quire.tag;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a tag is made. Two writers naming the same new tag at once (two people posting, two
 * nodes importing) must both get the one tag, not a failed request: the tag is made in a
 * transaction of its own, committed at once, and a writer who lost the race to its unique key
 * reads the winner's. A tag made for a work that then fails to save stays, unused, as tags do.
 */
@Component
public class Tags {

  private final TagRepository tags;
  private final TransactionTemplate separately;

  Tags(TagRepository tags, PlatformTransactionManager transactions) {
    this.tags = tags;
    this.separately = new TransactionTemplate(transactions);
    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The tag of this kind and exact name (stripped), made when there is none yet.
   *
   * @throws InvalidTagNameException when the name is empty or too long, before the database is asked
   */
  public Tag named(TagKind kind, String name) {
    String checked = Tag.name(name);
    return tags.findByKindAndName(kind, checked).orElseGet(() -> made(kind, checked));
  }

  /**
   * A new tag made in the transaction under way, for a change that is kept whole or not at all (a
   * wrangler's vocabulary mapping, its dry run): it goes if the transaction is rolled back. Another
   * writer making the same tag meanwhile makes the transaction fail on the tag's unique key.
   *
   * @throws InvalidTagNameException when the name is empty or too long
   */
  public Tag madeWithin(TagKind kind, String name) {
    return tags.save(new Tag(kind, name));
  }

  private Tag made(TagKind kind, String name) {
    try {
      Long id = separately.execute(status -> tags.saveAndFlush(new Tag(kind, name)).getId());
      return tags.findById(id).orElseThrow();
    } catch (DataIntegrityViolationException raced) {
      return tags.findByKindAndName(kind, name).orElseThrow(() -> raced);
    }
  }
}
