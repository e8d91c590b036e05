package dev.quire.wrangling;

import dev.quire.account.Viewer;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRules;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unwrangled queue: tags that are neither canonical, nor a synonym, nor marked unwrangleable,
 * most used first and those no work uses last, as on AO3, of one kind or all that wranglers
 * wrangle (fandoms, relationships, characters and additional tags), and, when a fandom is named,
 * used on works of that fandom (or of one of its synonyms) or given it as a parent; each with
 * Quire's proposal and its evidence ({@link SynonymProposals}). Uses count every work tagged,
 * whoever may read it: wranglers see names and counts, never the works. Thread-safe.
 */
@Component
public class UnwrangledQueue {

  /** Tags a page of the queue shows. */
  public static final int PAGE = 100;

  private final WranglingPolicy policy;
  private final SynonymProposals proposals;
  @PersistenceContext private EntityManager entityManager;

  UnwrangledQueue(WranglingPolicy policy, SynonymProposals proposals) {
    this.policy = policy;
    this.proposals = proposals;
  }

  /**
   * Up to {@link #PAGE} unwrangled tags, most used first.
   *
   * @param kind one kind, or {@code null} for every wrangled kind
   * @param fandom a fandom's name (any case), or blank for all
   * @throws WranglingRefusedException when the kind is not wrangled or no fandom has the name
   */
  @Transactional(readOnly = true)
  public List<UnwrangledTag> list(Viewer viewer, TagKind kind, String fandom) {
    policy.check(viewer);
    return unwrangled(kind, fandom, PAGE);
  }

  /**
   * Up to {@code most} unwrangled tags of {@code kind} (or every wrangled kind), most used first,
   * each with its proposal; the caller asked the policy, in its own transaction.
   */
  List<UnwrangledTag> unwrangled(TagKind kind, String fandom, int most) {
    if (kind != null && !TagRules.WRANGLED.contains(kind)) {
      throw new WranglingRefusedException(kind.pluralLabel() + " are AO3's fixed choices and are not wrangled.");
    }
    Long fandomId = fandom == null || fandom.isBlank() ? null : fandomId(fandom.strip());
    String kinds = (kind == null ? TagRules.WRANGLED : Set.of(kind)).stream().map(k -> "'" + k.name() + "'")
        .collect(Collectors.joining(", "));
    Query query = entityManager.createNativeQuery("select t.id, t.kind, t.name, count(distinct wt.work_id) as uses"
        + " from tag t left join work_tag wt on wt.tag_id = t.id"
        + " where t.kind in (" + kinds + ") and t.canonical = false and t.synonym_of_id is null and t.unwrangleable = false"
        + (fandomId == null ? "" : " and (exists (select 1 from work_tag f join tag ft on ft.id = f.tag_id"
            + " where f.work_id = wt.work_id and (ft.id = :fandom or ft.synonym_of_id = :fandom))"
            + " or exists (select 1 from tag_parent p where p.tag_id = t.id and p.parent_id = :fandom))")
        + " group by t.id, t.kind, t.name order by uses desc, t.name, t.id");
    if (fandomId != null) {
      query.setParameter("fandom", fandomId);
    }
    List<?> rows = query.setMaxResults(most).getResultList();
    return rows.stream().map(Object[].class::cast).map(r -> new UnwrangledTag(((Number) r[0]).longValue(),
            TagKind.valueOf((String) r[1]), (String) r[2], ((Number) r[3]).longValue(), null))
        .map(tag -> tag.proposing(proposals.of(tag).orElse(null))).toList();
  }

  /** The canonical fandom a name files under. */
  private long fandomId(String name) {
    List<?> ids = entityManager.createNativeQuery("select coalesce(synonym_of_id, id) from tag"
            + " where kind = 'FANDOM' and lower(name) = lower(:name) order by case when name = :name then 0 else 1 end")
        .setParameter("name", name).setMaxResults(1).getResultList();
    if (ids.isEmpty()) {
      throw new WranglingRefusedException("There is no fandom '" + name + "'.");
    }
    return ((Number) ids.getFirst()).longValue();
  }
}
