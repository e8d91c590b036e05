package dev.quire.wrangling;

import dev.quire.account.Viewer;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Merges a fandom's whole vocabulary into the archive's canonical tags at once: every unwrangled
 * tag used on its works that Quire proposes a synonym for becomes that synonym, in one change set
 * (one undo takes it all back) — what an archive imported with its own names for fandoms and
 * characters needs, rather than a hundred tags a page. Characters go first, then relationships and
 * additional tags, and the fandom's own names last, so that a fandom named its own way is proposed
 * by the cast its works then share. A preview does the same and keeps nothing. Thread-safe.
 */
@Component
public class VocabularyMerge {

  /** The most tags one merge takes; a larger vocabulary is merged in several. */
  public static final int MOST = 2_000;

  private static final List<TagKind> ORDER =
      List.of(TagKind.CHARACTER, TagKind.RELATIONSHIP, TagKind.FREEFORM, TagKind.FANDOM);

  /** A tag the merge makes (or would make) a synonym, with the evidence for it. */
  public record Merged(String tag, TagKind kind, String synonymOf, String evidence) {}

  /** What a merge did, or would do. */
  public record Report(String fandom, List<Merged> merged, boolean preview) {}

  private final WranglingPolicy policy;
  private final UnwrangledQueue queue;
  private final Wrangling wrangling;
  private final TagRepository tags;

  VocabularyMerge(WranglingPolicy policy, UnwrangledQueue queue, Wrangling wrangling, TagRepository tags) {
    this.policy = policy;
    this.queue = queue;
    this.wrangling = wrangling;
    this.tags = tags;
  }

  /**
   * Accepts every proposal for the unwrangled tags of {@code fandom}'s works, or with {@code
   * preview} says which it would accept and changes nothing.
   *
   * @throws WranglingRefusedException when no fandom has the name, when none is named, or when
   *     AO3's rules refuse one of the changes (then none is kept)
   */
  @Transactional
  public Report acceptAll(Viewer viewer, String fandom, boolean preview) {
    policy.check(viewer);
    if (fandom == null || fandom.isBlank()) {
      throw new WranglingRefusedException("Name the fandom whose proposals to accept.");
    }
    ChangeSet set = ChangeSet.by(viewer);
    List<Merged> merged = new ArrayList<>();
    for (TagKind kind : ORDER) {
      if (merged.size() >= MOST) {
        break;
      }
      for (UnwrangledTag tag : queue.unwrangled(kind, fandom, MOST - merged.size())) {
        if (tag.proposal() == null) {
          continue;
        }
        wrangling.apply(set, tags.findById(tag.id()).orElseThrow(),
            new TagEdit(null, tag.proposal().synonymOf(), null, null, null));
        merged.add(new Merged(tag.name(), kind, tag.proposal().synonymOf(), tag.proposal().evidence()));
      }
    }
    if (preview) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    }
    return new Report(fandom.strip(), merged, preview);
  }
}
