package dev.quire.search;

import dev.quire.tag.TagKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;

/**
 * Turns a parsed query into index predicates over the {@code work} index.
 *
 * <p>Words search everything a work says: title, creators, tags, summary, notes and every
 * chapter's text. Words after {@code NOT} or {@code -} leave out works whose title, creators, tags
 * or summary say them, not their chapter text, so that {@code -Explicit} drops Explicit works
 * rather than every work whose prose uses the word. A tag name matches its canonical tag and so
 * every synonym of it; a name no tag has is looked for in the words of tag names, as AO3 does.
 */
final class WorkPredicates {

  private static final Pattern SPECIAL = Pattern.compile("([+|\\-\"*()~\\\\])");

  /** The fields words after NOT are looked for in, with how much a match in each counts. */
  private static final Map<String, Float> DESCRIPTION_FIELDS = inOrder(
      Map.entry("title", 4f), Map.entry("creators.name", 3f), Map.entry("tagText", 2f), Map.entry("summary", 1f));

  /** The fields other words are looked for in: what describes a work, and its prose. */
  private static final Map<String, Float> TEXT_FIELDS = withProse(DESCRIPTION_FIELDS);

  private final SearchPredicateFactory f;
  private final BiFunction<TagKind, String, List<String>> tagKeys;
  private final PhraseRanking ranking;
  private final IndexedCounts counts;

  /**
   * @param tagKeys the keys ({@code kind:name}) of the canonical tags a name may mean, given the
   *     kind ({@code null} for any) and the name; empty when no tag has that name
   * @param ranking how the index ranks a phrase's works by its words
   * @param counts where the archive's own counts are found
   */
  WorkPredicates(SearchPredicateFactory f, BiFunction<TagKind, String, List<String>> tagKeys, PhraseRanking ranking,
      IndexedCounts counts) {
    this.f = f;
    this.tagKeys = tagKeys;
    this.ranking = ranking;
    this.counts = counts;
  }

  @SafeVarargs
  private static Map<String, Float> inOrder(Map.Entry<String, Float>... fields) {
    Map<String, Float> map = new LinkedHashMap<>();
    for (Map.Entry<String, Float> field : fields) {
      map.put(field.getKey(), field.getValue());
    }
    return Collections.unmodifiableMap(map);
  }

  private static Map<String, Float> withProse(Map<String, Float> description) {
    Map<String, Float> map = new LinkedHashMap<>(description);
    for (String prose : List.of("notes", "endNotes", "chapters.text", "chapters.summary", "chapters.notes",
        "chapters.endNotes")) {
      map.put(prose, 1f);
    }
    return Collections.unmodifiableMap(map);
  }

  PredicateFinalStep of(QueryNode node) {
    return of(node, false);
  }

  private PredicateFinalStep of(QueryNode node, boolean negated) {
    return switch (node) {
      case QueryNode.Text text -> words(text.text(), text.phrase(), negated);
      case QueryNode.FieldText text -> fieldText(text);
      case QueryNode.TagName tag -> tag(tag.field().kind(), tag.name());
      case QueryNode.Language language -> f.match().field("language").matching(language.tag());
      case QueryNode.Flag flag -> flag(flag);
      case QueryNode.Count count -> count(count);
      case QueryNode.Dates dates -> dates(dates);
      case QueryNode.Not not -> f.not(of(not.node(), !negated));
      case QueryNode.All all -> f.and().with(and -> all.nodes().forEach(n -> and.add(of(n, negated))));
      case QueryNode.Any any -> f.or().with(or -> any.nodes().forEach(n -> or.add(of(n, negated))));
    };
  }

  /** Include a tag given as {@code kind:name} or a bare name, or a creator as {@code creator:name}. */
  PredicateFinalStep tagFilter(String filter) {
    int colon = filter.indexOf(':');
    String prefix = colon > 0 ? filter.substring(0, colon).strip() : "";
    String name = filter.substring(colon + 1).strip();
    if (prefix.equalsIgnoreCase(WorkSearch.CREATOR)) {
      return f.match().field("creators.key").matching(named(filter, name));
    }
    if (colon > 0) {
      try {
        TagKind kind = TagKind.fromKey(prefix);
        return tag(kind, named(filter, name));
      } catch (IllegalArgumentException notAKind) {
        // A tag whose name has a colon, such as "Re:Zero".
      }
    }
    return tag(null, filter);
  }

  /** The name of a {@code kind:name} filter, which must be there. */
  private static String named(String filter, String name) {
    if (name.isEmpty()) {
      throw new InvalidSearchException("the filter '" + filter.strip() + "' names no tag: write a name after the colon");
    }
    return name;
  }

  private PredicateFinalStep words(String text, boolean phrase, boolean negated) {
    Map<String, Float> fields = negated ? DESCRIPTION_FIELDS : TEXT_FIELDS;
    return phrase && !negated
        ? rankedByWords(fields, text)
        : in(fields).matching(sqs(text, phrase)).defaultOperator(BooleanOperator.AND);
  }

  private PredicateFinalStep fieldText(QueryNode.FieldText text) {
    Map<String, Float> field = Map.of(switch (text.field()) {
      case TITLE -> "title";
      case CREATOR -> "creators.name";
      default -> "summary";
    }, 1f);
    return text.phrase()
        ? rankedByWords(field, text.text())
        : in(field).matching(sqs(text.text(), false)).defaultOperator(BooleanOperator.AND);
  }

  private SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> in(Map<String, Float> fields) {
    SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> step = null;
    for (Map.Entry<String, Float> field : fields.entrySet()) {
      step = (step == null ? f.simpleQueryString().field(field.getKey()) : step.field(field.getKey()))
          .boost(field.getValue());
    }
    return step;
  }

  /**
   * Works with the phrase, ranked by how often and where its words occur ({@link PhraseRanking}):
   * matching alone stops at the phrase's first occurrence. Passages still show the whole phrase.
   */
  private PredicateFinalStep rankedByWords(Map<String, Float> fields, String phrase) {
    PredicateFinalStep match = in(fields).matching(sqs(phrase, true));
    return ranking.of(f, fields, phrase)
        .<PredicateFinalStep>map(rank -> f.bool().filter(match).should(rank))
        .orElse(match);
  }

  private PredicateFinalStep tag(TagKind kind, String name) {
    List<String> keys = tagKeys.apply(kind, name);
    if (keys.isEmpty()) {
      if (kind == TagKind.RATING || kind == TagKind.WARNING || kind == TagKind.CATEGORY) {
        return f.match().field("tag").matching(kind.key() + ":" + name);
      }
      return f.simpleQueryString().field("tagText").matching(sqs(name, false))
          .defaultOperator(BooleanOperator.AND);
    }
    return f.or().with(or -> keys.forEach(key -> or.add(f.match().field("tag").matching(key))));
  }

  private PredicateFinalStep flag(QueryNode.Flag flag) {
    return switch (flag.field()) {
      case SINGLE_CHAPTER -> flag.value()
          ? f.match().field("chapterCount").matching(1)
          : f.range().field("chapterCount").atLeast(2);
      case CROSSOVER -> f.match().field("crossover").matching(flag.value());
      default -> f.match().field("complete").matching(flag.value());
    };
  }

  private PredicateFinalStep count(QueryNode.Count count) {
    Integer min = count.min() == null ? null : clamp(count.min());
    Integer max = count.max() == null ? null : clamp(count.max());
    LiveCount live = LiveCount.of(count.field());
    if (live != null) {
      return counts.between(f, live, min, max);
    }
    String field = switch (count.field()) {
      case WORDS -> "words";
      case CHAPTERS -> "chapterCount";
      case SOURCE_KUDOS -> "sourceKudos";
      case SOURCE_HITS -> "sourceHits";
      case SOURCE_COMMENTS -> "sourceComments";
      default -> "sourceBookmarks";
    };
    if (min != null && max != null) {
      return f.range().field(field).between(min, max);
    }
    return min != null ? f.range().field(field).atLeast(min) : f.range().field(field).atMost(max);
  }

  private PredicateFinalStep dates(QueryNode.Dates dates) {
    if (dates.field() == SearchField.PUBLISHED) {
      LocalDate from = dates.from();
      LocalDate until = dates.until();
      return from == null ? f.range().field("published").lessThan(until)
          : until == null ? f.range().field("published").atLeast(from)
          : f.range().field("published").between(from, until.minusDays(1));
    }
    Instant from = instant(dates.from());
    Instant until = instant(dates.until());
    return from == null ? f.range().field("updatedAt").lessThan(until)
        : until == null ? f.range().field("updatedAt").atLeast(from)
        : f.and(f.range().field("updatedAt").atLeast(from), f.range().field("updatedAt").lessThan(until));
  }

  private static Instant instant(LocalDate date) {
    return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static int clamp(long value) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }

  /** The reader's words as a simple query string: their own operators are already read. */
  private static String sqs(String text, boolean phrase) {
    if (phrase) {
      return '"' + SPECIAL.matcher(text).replaceAll("\\\\$1") + '"';
    }
    boolean prefix = text.length() > 1 && text.endsWith("*");
    String body = prefix ? text.substring(0, text.length() - 1) : text;
    return SPECIAL.matcher(body).replaceAll("\\\\$1") + (prefix ? "*" : "");
  }
}
