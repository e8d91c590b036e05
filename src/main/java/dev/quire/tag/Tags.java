package dev.quire.tag;

import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
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

  /** Names asked for in one query: well within every database's limit on parameters. */
  static final int LOOKUP_CHUNK = 500;

  private final TagRepository tags;
  private final TransactionTemplate separately;

  Tags(TagRepository tags, PlatformTransactionManager transactions) {
    this.tags = tags;
    this.separately = new TransactionTemplate(transactions);
    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Loads, in the transaction under way, these tags and every tag {@link Tag#metaTagsAbove} reaches
   * from them (what a synonym stands for, meta tags, their meta tags), each with its meta tags: a
   * query per {@value #LOOKUP_CHUNK} ids and per level reached, usually one in all. Indexing a work
   * walks its tags' meta tags and would otherwise load them as it touches them, a tag known by id
   * alone by itself and then its meta tags.
   */
  public void loadForIndexing(Collection<Long> ids) {
    Set<Long> asked = new HashSet<>();
    Set<Long> level = new LinkedHashSet<>(ids);
    while (!level.isEmpty()) {
      asked.addAll(level);
      List<Long> all = List.copyOf(level);
      level = new LinkedHashSet<>();
      for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
        for (Tag tag : tags.findWithMetaTagsByIdIn(all.subList(from, Math.min(from + LOOKUP_CHUNK, all.size())))) {
          List<Tag> reached = new ArrayList<>(tag.getMetaTags());
          if (tag.getSynonymOf() != null) {
            reached.add(tag.getSynonymOf());
          }
          for (Tag other : reached) {
            if (!asked.contains(other.getId()) && !other.metaTagsLoaded()) {
              level.add(other.getId());
            }
          }
        }
      }
    }
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
   * The tags of this kind with these names (stripped), each found or made as {@link #named} does,
   * but together: one lookup for every {@value #LOOKUP_CHUNK} names, and the missing tags made in
   * one transaction of its own. Should another writer make one of them meanwhile, they are made one
   * at a time instead, each reading the winner's.
   *
   * @return each name, stripped, with its tag, in the order given
   * @throws InvalidTagNameException when a name is empty or too long, before the database is asked
   */
  public Map<String, Tag> namedAll(TagKind kind, Collection<String> names) {
    List<String> checked = names.stream().map(Tag::name).distinct().toList();
    Map<String, Tag> found = new HashMap<>();
    for (int from = 0; from < checked.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = checked.subList(from, Math.min(from + LOOKUP_CHUNK, checked.size()));
      tags.findByKindAndNameIn(kind, chunk).forEach(tag -> found.put(tag.getName(), tag));
    }
    List<String> missing = checked.stream().filter(name -> !found.containsKey(name)).toList();
    if (!missing.isEmpty()) {
      try {
        // In one order for every writer, so that two writers making some of the same tags wait
        // for each other at the first of them rather than each holding one the other needs.
        List<Long> ids = separately.execute(status -> tags.saveAllAndFlush(missing.stream().sorted()
            .map(name -> new Tag(kind, name)).toList()).stream().map(Tag::getId).toList());
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
          tags.findAllById(ids.subList(from, Math.min(from + LOOKUP_CHUNK, ids.size())))
              .forEach(tag -> found.put(tag.getName(), tag));
        }
      } catch (DataIntegrityViolationException | PessimisticLockingFailureException raced) {
        // Another writer made some of them first: each is found or made on its own below.
      }
      missing.stream().filter(name -> !found.containsKey(name)).forEach(name -> found.put(name, named(kind, name)));
    }
    Map<String, Tag> inOrder = new LinkedHashMap<>();
    checked.forEach(name -> inOrder.put(name, found.get(name)));
    return inOrder;
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
