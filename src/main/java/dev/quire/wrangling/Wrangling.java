package dev.quire.wrangling;

import dev.quire.account.Viewer;
import dev.quire.search.TagRefiling;
import dev.quire.tag.Dependants;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import dev.quire.tag.TagRuleException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one way a tag is wrangled: each change asks {@link WranglingPolicy}, is checked by AO3's
 * rules (the tag's own methods, through {@code TagRules}), is recorded field by field in the audit
 * trail (the rows of one action in one {@link ChangeSet}, undone together), and, when it moves works in search (kind, canonical, synonym or meta tags), has them re-filed in
 * the background ({@link TagRefiling}) in the same transaction. Parents move no work in search: a
 * fandom's filter finds the works tagged with it, as on AO3. A change refused leaves everything as
 * it was. Thread-safe.
 */
@Component
public class Wrangling {

  private static final Set<TagField> REFILING = EnumSet.of(TagField.KIND, TagField.CANONICAL, TagField.SYNONYM_OF,
      TagField.META_TAGS);

  private final WranglingPolicy policy;
  private final TagRepository tags;
  private final TagChangeRepository changes;
  private final TagRefiling refiling;
  private final SynonymProposals proposals;
  private final WrangledTags shown;
  private final Clock clock;
  @PersistenceContext private EntityManager entityManager;

  Wrangling(WranglingPolicy policy, TagRepository tags, TagChangeRepository changes, TagRefiling refiling,
      SynonymProposals proposals, WrangledTags shown, Clock clock) {
    this.policy = policy;
    this.tags = tags;
    this.changes = changes;
    this.refiling = refiling;
    this.proposals = proposals;
    this.shown = shown;
    this.clock = clock;
  }

  /**
   * The tag named {@code name} (exactly, else ignoring case), of {@code kind} when given.
   *
   * @throws ResponseStatusException 404 when there is none; 400 when several kinds have the name and no kind is given
   */
  @Transactional(readOnly = true)
  public WrangledTag tag(Viewer viewer, String name, TagKind kind) {
    policy.check(viewer);
    return shown.of(find(name, kind));
  }

  /**
   * Changes the tag named {@code name} as {@code edit} says and returns it as it then is.
   *
   * @throws WranglingRefusedException when AO3's rules refuse a part of it (nothing is changed then)
   */
  @Transactional
  public WrangledTag change(Viewer viewer, String name, TagKind kind, TagEdit edit) {
    policy.check(viewer);
    Tag tag = find(name, kind);
    apply(ChangeSet.by(viewer), tag, edit);
    return shown.of(tag);
  }

  /**
   * Undoes the last change set that changed the tag, whole: every field it changed, of this tag and
   * of the others it changed with it (a bulk action, an imported mapping), gets its value from
   * before, last changed first. The undo is itself a change set of the trail.
   *
   * @throws WranglingRefusedException when there is none, when a tag of the set was changed again
   *     since (that change is undone first), or when AO3's rules refuse a value from before because
   *     of what was wrangled since (nothing is changed then)
   */
  @Transactional
  public WrangledTag undo(Viewer viewer, String name, TagKind kind) {
    policy.check(viewer);
    Tag tag = find(name, kind);
    TagChange last = changes.lastUndoable(tag.getId())
        .orElseThrow(() -> new WranglingRefusedException("\"" + tag.getName() + "\" has no change to undo."));
    List<TagChange> undone = changes.findByChangeSetOrderByIdDesc(last.changeSet());
    undone.stream().map(TagChange::tagId).distinct().forEach(id -> changes.lastUndoable(id)
        .filter(latest -> !latest.changeSet().equals(last.changeSet()))
        .ifPresent(latest -> {
          throw new WranglingRefusedException("\"" + tags.findById(id).orElseThrow().getName() + "\" was changed again"
              + " since (" + latest.what().label() + ", by " + latest.shown().userName() + "): undo that first.");
        }));
    ChangeSet undo = ChangeSet.undoing(viewer, last.changeSet());
    Map<Tag, Set<TagField>> changed = new LinkedHashMap<>();
    try {
      for (TagChange change : undone) {
        Tag changedTag = tags.findById(change.tagId()).orElseThrow();
        changed.computeIfAbsent(changedTag, t -> EnumSet.noneOf(TagField.class))
            .addAll(edit(undo, changedTag, TagEdit.of(change.what(), change.before())));
      }
    } catch (WranglingRefusedException refused) {
      throw new WranglingRefusedException("The last change cannot be undone: " + refused.getReason());
    }
    changed.forEach(this::refileMoved);
    return shown.of(tag);
  }

  /**
   * Does {@code action} to each tag of {@code tagIds}, with {@code target} the tag it names (the
   * canonical tag of synonyms, the fandom): all of them, or, when one is refused, none.
   */
  @Transactional
  public int bulk(Viewer viewer, BulkAction action, Collection<Long> tagIds, String target) {
    policy.check(viewer);
    if (tagIds.isEmpty()) {
      throw new WranglingRefusedException("Tick the tags to wrangle.");
    }
    ChangeSet set = ChangeSet.by(viewer);
    for (Tag tag : tags.findAllById(tagIds)) {
      TagEdit edit = switch (action) {
        case CANONICAL -> new TagEdit(true, null, null, null, null);
        case SYNONYM -> new TagEdit(null, required(target, "the canonical tag they become synonyms of"), null, null, null);
        case PROPOSED -> new TagEdit(null, proposals.canonicalFor(tag.getKind(), tag.getName(), tag.getId())
            .orElseThrow(() -> new WranglingRefusedException("Quire proposes nothing for \"" + tag.getName() + "\"."))
            .getName(), null, null, null);
        case FANDOM -> new TagEdit(null, null, withParent(tag, required(target, "the fandom to add them to")), null, null);
        case UNWRANGLEABLE -> new TagEdit(null, null, null, null, true);
      };
      apply(set, tag, edit);
    }
    return tagIds.size();
  }

  /**
   * Changes {@code tag} as {@code edit} says, in the transaction under way, as part of {@code set};
   * returns what changed.
   */
  Set<TagField> apply(ChangeSet set, Tag tag, TagEdit edit) {
    Set<TagField> changed = edit(set, tag, edit);
    refileMoved(tag, changed);
    return changed;
  }

  /**
   * Changes the fields {@code edit} names, kind first, each noted in the trail in the order it
   * changed, so that undo, taking them back last first, meets the rules as they were. Making a tag
   * canonical or a synonym takes back its unwrangleable mark, noted first.
   */
  private Set<TagField> edit(ChangeSet set, Tag tag, TagEdit edit) {
    Set<TagField> changed = EnumSet.noneOf(TagField.class);
    try {
      if (edit.kind() != null && !edit.kind().isBlank()) {
        changeKind(set, tag, kindNamed(edit.kind()), changed);
      }
      if (edit.canonical() != null) {
        String wasUnwrangleable = Boolean.toString(tag.isUnwrangleable());
        String wasSynonymOf = synonymOf(tag);
        String was = Boolean.toString(tag.isCanonical());
        if (edit.canonical()) {
          tag.makeCanonical();
        } else if (tag.isCanonical()) {
          tag.makeNotCanonical(dependants(tag));
        }
        note(set, tag, TagField.UNWRANGLEABLE, wasUnwrangleable, Boolean.toString(tag.isUnwrangleable()), changed);
        note(set, tag, TagField.SYNONYM_OF, wasSynonymOf, synonymOf(tag), changed);
        note(set, tag, TagField.CANONICAL, was, Boolean.toString(tag.isCanonical()), changed);
      }
      if (edit.synonymOf() != null) {
        String wasUnwrangleable = Boolean.toString(tag.isUnwrangleable());
        String was = synonymOf(tag);
        tag.makeSynonymOf(edit.synonymOf().isBlank() ? null : named(tag.getKind(), edit.synonymOf()));
        note(set, tag, TagField.UNWRANGLEABLE, wasUnwrangleable, Boolean.toString(tag.isUnwrangleable()), changed);
        note(set, tag, TagField.SYNONYM_OF, was, synonymOf(tag), changed);
      }
      if (edit.metaTags() != null) {
        List<Tag> metaTags = edit.metaTags().stream().map(n -> named(tag.getKind(), n)).toList();
        relink(set, tag, TagField.META_TAGS, tag.getMetaTags(), metaTags, tag::removeMetaTag, tag::addMetaTag, changed);
      }
      if (edit.parents() != null) {
        List<Tag> parents = edit.parents().stream().map(n -> parentNamed(tag, n)).toList();
        relink(set, tag, TagField.PARENTS, tag.getParents(), parents, tag::removeParent, tag::addParent, changed);
      }
      if (edit.unwrangleable() != null) {
        String was = Boolean.toString(tag.isUnwrangleable());
        tag.markUnwrangleable(edit.unwrangleable());
        note(set, tag, TagField.UNWRANGLEABLE, was, Boolean.toString(tag.isUnwrangleable()), changed);
      }
    } catch (TagRuleException refused) {
      throw new WranglingRefusedException(refused.getMessage());
    }
    return changed;
  }

  /** Has the works re-filed in search when what {@code changed} of {@code tag} moves them. */
  private void refileMoved(Tag tag, Set<TagField> changed) {
    if (changed.stream().anyMatch(REFILING::contains)) {
      entityManager.flush();
      refiling.refile(tag.getId(), reason(tag, changed), filedUnder(tag));
    }
  }

  /** The tags that depend on {@code tag}: its synonyms, subtags and children, by name. */
  private Dependants dependants(Tag tag) {
    return new Dependants(tags.findBySynonymOfOrderByName(tag).stream().map(Tag::getName).toList(),
        tags.subtagsOf(tag).stream().map(Tag::getName).toList(),
        tags.childrenOf(tag).stream().map(Tag::getName).toList());
  }

  /** Makes {@code tag} one of {@code kind}, unless a tag of that kind has its name already. */
  private void changeKind(ChangeSet set, Tag tag, TagKind kind, Set<TagField> changed) {
    if (kind == tag.getKind()) {
      return;
    }
    if (tags.findByKindAndName(kind, tag.getName()).isPresent()) {
      throw new WranglingRefusedException("There is already a " + kind.label().toLowerCase() + " tag \"" + tag.getName()
          + "\": make this one its synonym instead.");
    }
    String was = tag.getKind().key();
    tag.changeKind(kind, tags.countBySynonymOf(tag), tags.subtagsOf(tag).size());
    note(set, tag, TagField.KIND, was, kind.key(), changed);
  }

  private static TagKind kindNamed(String key) {
    try {
      return TagKind.fromKey(key.strip());
    } catch (IllegalArgumentException unknown) {
      throw new WranglingRefusedException("There is no kind of tag '" + key.strip() + "'; the kinds are "
          + TagKind.keys() + ".");
    }
  }

  /** Makes {@code linked} (a live view of the tag's links) hold {@code wanted}, and records the change. */
  private void relink(ChangeSet set, Tag tag, TagField field, Set<Tag> linked, List<Tag> wanted,
      Consumer<Tag> unlink, Consumer<Tag> link, Set<TagField> changed) {
    String was = names(linked);
    List.copyOf(linked).stream().filter(t -> !wanted.contains(t)).forEach(unlink);
    wanted.stream().filter(t -> !linked.contains(t)).forEach(link);
    note(set, tag, field, was, names(linked), changed);
  }

  /** Records the change of {@code field} when its value is not what it was. */
  private void note(ChangeSet set, Tag tag, TagField field, String before, String after, Set<TagField> changed) {
    if (!after.equals(before)) {
      // The command line acts as the archive, which is no account.
      Viewer viewer = set.viewer();
      Long account = Viewer.archive().equals(viewer) ? null : viewer.accountId();
      changes.save(new TagChange(set, tag.getId(), account, viewer.userName(), field, before, after,
          clock.instant()));
      changed.add(field);
    }
  }

  /** The tag, its subtags (all the way down) and all their synonyms: the tags whose works a change moves. */
  private Set<Long> filedUnder(Tag tag) {
    Set<Tag> below = new LinkedHashSet<>();
    Deque<Tag> next = new ArrayDeque<>(List.of(tag));
    while (!next.isEmpty()) {
      Tag one = next.pop();
      if (below.add(one)) {
        next.addAll(tags.subtagsOf(one));
      }
    }
    Set<Long> ids = below.stream().map(Tag::getId).collect(Collectors.toCollection(LinkedHashSet::new));
    tags.findBySynonymOfIn(below).forEach(synonym -> ids.add(synonym.getId()));
    return ids;
  }

  private static String reason(Tag tag, Set<TagField> changed) {
    return changed.stream().filter(REFILING::contains).map(TagField::label)
        .collect(Collectors.joining(", ", "\"" + tag.getName() + "\": ", " changed"));
  }

  private Tag find(String name, TagKind kind) {
    String stripped = name == null ? "" : name.strip();
    List<Tag> found = kind == null ? tags.findByName(stripped)
        : tags.findByKindAndName(kind, stripped).map(List::of).orElse(List.of());
    if (found.isEmpty()) {
      found = kind == null ? tags.findByNameIgnoreCase(stripped) : tags.findByKindAndNameIgnoreCase(kind, stripped);
    }
    if (found.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no tag '" + stripped + "'.");
    }
    if (found.size() > 1) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Several tags are named '" + stripped + "': say which"
          + " kind, one of " + found.stream().map(t -> t.getKind().key()).distinct().collect(Collectors.joining(", ")) + ".");
    }
    return found.getFirst();
  }

  /** The tag of {@code kind} named {@code name}, for a change to point at. */
  private Tag named(TagKind kind, String name) {
    String stripped = name.strip();
    return tags.findByKindAndName(kind, stripped)
        .or(() -> tags.findByKindAndNameIgnoreCase(kind, stripped).stream().findFirst())
        .orElseThrow(() -> new WranglingRefusedException(
            "There is no " + kind.label().toLowerCase() + " tag '" + stripped + "'."));
  }

  /** A parent by name: a fandom, or for a relationship a character when no fandom has the name. */
  private Tag parentNamed(Tag tag, String name) {
    if (tag.getKind() == TagKind.RELATIONSHIP && tags.findByKindAndNameIgnoreCase(TagKind.FANDOM, name.strip()).isEmpty()) {
      return named(TagKind.CHARACTER, name);
    }
    return named(TagKind.FANDOM, name);
  }

  private List<String> withParent(Tag tag, String fandom) {
    List<String> parents = new ArrayList<>(tag.getParents().stream().map(Tag::getName).toList());
    if (parents.stream().noneMatch(fandom.strip()::equalsIgnoreCase)) {
      parents.add(fandom.strip());
    }
    return parents;
  }

  private static String required(String target, String what) {
    if (target == null || target.isBlank()) {
      throw new WranglingRefusedException("Name " + what + ".");
    }
    return target;
  }

  private static String synonymOf(Tag tag) {
    return tag.getSynonymOf() == null ? "" : tag.getSynonymOf().getName();
  }

  private static String names(Collection<Tag> named) {
    return named.stream().map(Tag::getName).sorted().collect(Collectors.joining(", "));
  }
}
