package dev.quire.wrangling;

import dev.quire.account.Viewer;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import dev.quire.tag.TagRules;
import dev.quire.tag.Tags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Applies a whole vocabulary mapping ({@code quire tags import-map}) as one wrangling change: rows
 * that make a tag canonical first, then the others in the file's order; a tag, a synonym's
 * canonical tag or a fandom that does not exist yet is made (a canonical tag or fandom made so is
 * canonical), its name checked by AO3's rules. Each row passes {@link Wrangling}'s rules and audit
 * trail. All rows, or, when one is refused, none; a dry run reports the same and keeps nothing.
 */
@Component
public class VocabularyMapping {

  /**
   * What a mapping did, or would do.
   *
   * @param lines one per row: its line, the tag and what changed ("unchanged" when nothing)
   * @param made the tags made for it
   */
  public record Report(List<String> lines, List<String> made, boolean dryRun) {}

  private final Wrangling wrangling;
  private final WranglingPolicy policy;
  private final TagRepository tags;
  private final Tags madeTags;

  VocabularyMapping(Wrangling wrangling, WranglingPolicy policy, TagRepository tags, Tags madeTags) {
    this.wrangling = wrangling;
    this.policy = policy;
    this.tags = tags;
    this.madeTags = madeTags;
  }

  /** @throws WranglingRefusedException naming the line, when a row is refused (nothing is kept then) */
  @Transactional
  public Report apply(Viewer viewer, List<TagMapRow> rows, boolean dryRun) {
    policy.check(viewer);
    List<String> lines = new ArrayList<>();
    List<String> made = new ArrayList<>();
    List<TagMapRow> ordered = rows.stream()
        .sorted(Comparator.comparing((TagMapRow row) -> !Boolean.TRUE.equals(row.canonical()))).toList();
    ChangeSet set = ChangeSet.by(viewer);
    for (TagMapRow row : ordered) {
      try {
        Tag tag = tag(row.kind(), row.tag(), false, made);
        String synonymOf = blank(row.synonymOf()) ? null : tag(row.kind(), row.synonymOf(), true, made).getName();
        List<String> parents = null;
        if (!blank(row.fandom())) {
          parents = new ArrayList<>(tag.getParents().stream().map(Tag::getName).toList());
          String fandom = tag(TagKind.FANDOM, row.fandom(), true, made).getName();
          if (!parents.contains(fandom)) {
            parents.add(fandom);
          }
        }
        Set<TagField> changed = wrangling.apply(set, tag, new TagEdit(row.canonical(), synonymOf, parents, null, null));
        lines.add("line " + row.line() + ": " + row.kind().key() + " \"" + tag.getName() + "\": "
            + (changed.isEmpty() ? "unchanged" : changed.stream().map(TagField::label).collect(Collectors.joining(", "))));
      } catch (WranglingRefusedException refused) {
        throw new WranglingRefusedException("line " + row.line() + ": " + refused.getReason());
      }
    }
    if (dryRun) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    }
    lines.sort(Comparator.comparingInt(VocabularyMapping::lineNumber));
    return new Report(lines, made, dryRun);
  }

  /** The tag of this kind and name; made when there is none, canonical when {@code canonical}. */
  private Tag tag(TagKind kind, String name, boolean canonical, List<String> made) {
    String stripped = name.strip();
    var found = tags.findByKindAndName(kind, stripped)
        .or(() -> tags.findByKindAndNameIgnoreCase(kind, stripped).stream().findFirst());
    if (found.isPresent()) {
      return found.get();
    }
    TagRules.nameProblem(stripped).ifPresent(problem -> {
      throw new WranglingRefusedException(problem);
    });
    Tag tag = madeTags.madeWithin(kind, stripped);
    if (canonical) {
      tag.makeCanonical();
    }
    made.add(kind.key() + " \"" + stripped + "\"" + (canonical ? " (canonical)" : ""));
    return tag;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static int lineNumber(String line) {
    return Integer.parseInt(line.substring("line ".length(), line.indexOf(':')));
  }
}
