package dev.quire.wrangling;

import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import dev.quire.tagging.CanonCharacter;
import dev.quire.tagging.Fandom;
import dev.quire.tagging.Vocabulary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Proposals for the unwrangled queue, each only towards a canonical tag the archive has: the same
 * name in another case ("fluff" → "Fluff"); a name Quire's vocabulary knows for a fandom ("HP" →
 * "Harry Potter - J. K. Rowling") or a character, by alias or first name ("Lana" → "Lana Lang");
 * a first name only one canonical character has; for a fandom tag an imported archive named its
 * own way, the canonical fandom whose characters most of its works have (co-occurrence). The evidence counts the tag's works and, when
 * the canonical tag has a parent fandom, how many of them carry that fandom (or a synonym). Called
 * within a transaction. Thread-safe.
 */
@Component
class SynonymProposals {

  private final TagRepository tags;
  private final Vocabulary vocabulary = Vocabulary.shipped();
  @PersistenceContext private EntityManager entityManager;

  SynonymProposals(TagRepository tags) {
    this.tags = tags;
  }

  /** A proposal for {@code tag}, with its uses, if there is one. */
  Optional<Proposal> of(UnwrangledTag tag) {
    return candidate(tag.kind(), tag.name(), tag.id())
        .map(found -> new Proposal(found.canonical().getName(), evidence(tag, found.canonical(), found.source())));
  }

  /** The canonical tag proposed for the unwrangled tag {@code id} of this kind and name, if any. */
  Optional<Tag> canonicalFor(TagKind kind, String name, long id) {
    return candidate(kind, name, id).map(Found::canonical);
  }

  private record Found(Tag canonical, String source) {}

  private Optional<Found> candidate(TagKind kind, String name, long id) {
    List<String[]> candidates = new ArrayList<>();
    candidates.add(new String[] {name, "the same name"});
    if (kind == TagKind.FANDOM) {
      vocabulary.fandomNamed(name).ifPresent(f -> candidates.add(new String[] {f.name(), "a name of it Quire knows"}));
      castFandom(id).ifPresent(candidates::add);
    }
    if (kind == TagKind.CHARACTER) {
      for (Fandom fandom : vocabulary.fandoms()) {
        for (CanonCharacter character : fandom.characters()) {
          if (namedBy(character, name)) {
            candidates.add(new String[] {character.name(), "a name of it in " + fandom.name() + " that Quire knows"});
          }
        }
      }
      List<Tag> sameFirstName = tags.findByKindAndCanonicalTrueAndNameStartingWithIgnoreCase(TagKind.CHARACTER,
          name.strip() + " ");
      if (sameFirstName.size() == 1) {
        candidates.add(new String[] {sameFirstName.getFirst().getName(), "the only canonical character of that first name"});
      }
    }
    for (String[] candidate : candidates) {
      Optional<Tag> canonical = tags.findByKindAndNameIgnoreCase(kind, candidate[0]).stream()
          .filter(Tag::isCanonical).filter(t -> t.getId() != id).findFirst();
      if (canonical.isPresent()) {
        return Optional.of(new Found(canonical.get(), candidate[1]));
      }
    }
    return Optional.empty();
  }

  /**
   * The canonical fandom whose cast (characters it is the parent of, or their synonyms) most of
   * this fandom tag's works, and at least two, are tagged with: an imported archive's own name for
   * a fandom the archive has.
   */
  private Optional<String[]> castFandom(long id) {
    long uses = ((Number) entityManager.createNativeQuery("select count(distinct work_id) from work_tag where tag_id = :tag")
        .setParameter("tag", id).getSingleResult()).longValue();
    List<?> rows = entityManager.createNativeQuery("select pt.name, count(distinct wt.work_id) as works from work_tag wt"
            + " join work_tag c on c.work_id = wt.work_id"
            + " join tag ct on ct.id = c.tag_id and ct.kind = 'CHARACTER'"
            + " join tag_parent p on p.tag_id = coalesce(ct.synonym_of_id, ct.id)"
            + " join tag pt on pt.id = p.parent_id and pt.kind = 'FANDOM' and pt.canonical = true"
            + " where wt.tag_id = :tag group by pt.name order by works desc, pt.name")
        .setParameter("tag", id).setMaxResults(1).getResultList();
    return rows.stream().map(Object[].class::cast)
        .filter(row -> ((Number) row[1]).longValue() >= 2 && ((Number) row[1]).longValue() * 2 > uses)
        .map(row -> new String[] {(String) row[0],
            "the characters of " + row[1] + " of its " + uses + " works are " + row[0] + "'s"})
        .findFirst();
  }

  private static boolean namedBy(CanonCharacter character, String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    String bare = character.bareName().toLowerCase(Locale.ROOT);
    return bare.equals(wanted) || bare.startsWith(wanted + " ")
        || character.aliases().stream().anyMatch(alias -> alias.equalsIgnoreCase(wanted));
  }

  private String evidence(UnwrangledTag tag, Tag canonical, String source) {
    StringBuilder evidence = new StringBuilder(source).append("; ")
        .append(tag.uses()).append(tag.uses() == 1 ? " work" : " works");
    canonical.getParents().stream().filter(p -> p.getKind() == TagKind.FANDOM).findFirst().ifPresent(fandom -> {
      long together = ((Number) entityManager.createNativeQuery("select count(distinct wt.work_id) from work_tag wt"
              + " join work_tag f on f.work_id = wt.work_id join tag ft on ft.id = f.tag_id"
              + " where wt.tag_id = :tag and (ft.id = :fandom or ft.synonym_of_id = :fandom)")
          .setParameter("tag", tag.id()).setParameter("fandom", fandom.getId()).getSingleResult()).longValue();
      evidence.append(", ").append(fandom.getName()).append(" on ").append(together);
    });
    return evidence.toString();
  }
}
