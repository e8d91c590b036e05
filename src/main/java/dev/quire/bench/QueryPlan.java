package dev.quire.bench;

import dev.quire.bench.BenchQuery.Parts;
import dev.quire.bench.BenchQuery.Statement;
import dev.quire.tagging.Fandom;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Draws the mix's queries from the archive with its seed: for each kind, {@value #VARIANTS}
 * queries, alternately about a popular fandom (drawn as works draw them) and a rare one (drawn
 * evenly from the less used half), and words and phrases taken from the prose the chapters hold.
 */
final class QueryPlan {

  static final int VARIANTS = 10;
  private static final String TABLE = "bench_work";
  private static final String PAGE = " limit 20";
  private static final Pattern LETTERS = Pattern.compile("\\p{L}{3,}");

  private final SyntheticArchive archive;
  private final SplittableRandom random;

  QueryPlan(SyntheticArchive archive, long seed) {
    this.archive = archive;
    this.random = new SplittableRandom(seed ^ 0x51ED2701L);
  }

  /** Every kind's queries, kind by kind. */
  List<BenchQuery> queries() {
    List<BenchQuery> queries = new ArrayList<>();
    for (QueryKind kind : QueryKind.values()) {
      for (int i = 0; i < VARIANTS; i++) {
        queries.add(query(kind, i % 2 == 0));
      }
    }
    return queries;
  }

  private BenchQuery query(QueryKind kind, boolean popular) {
    Fandom fandom = fandom(popular);
    String fandomKey = "fandom:" + fandom.name();
    String tagFilter = "fandom:" + quoted(fandom.name());
    return switch (kind) {
      case TAG -> new BenchQuery(kind, tagFilter, List.of(page("tags @> ?", List.of((Object) tags(fandomKey)), "updated desc")),
          Parts.tagged(fandomKey));
      case TAG_EXCLUDE -> {
        String character = fandom.characters().isEmpty() ? null : fandom.characters().getFirst().name();
        String freeform = archive.freeforms().draw(random);
        List<String> excluded = new ArrayList<>(List.of("freeform:" + freeform));
        String ao3 = tagFilter + " -freeform:" + quoted(freeform);
        if (character != null) {
          excluded.add("character:" + character);
          ao3 += " -character:" + quoted(character);
        }
        yield new BenchQuery(kind, ao3, List.of(page("tags @> ? and not tags && ?",
            List.<Object>of(tags(fandomKey), excluded.toArray(String[]::new)), "updated desc")),
            new Parts(fandomKey, List.copyOf(excluded), null, null));
      }
      case FULL_TEXT -> {
        List<String> words = words(2, false);
        String text = String.join(" ", words);
        yield new BenchQuery(kind, text, List.of(ranked("websearch_to_tsquery('english', ?)", text)), Parts.text(text));
      }
      case PHRASE -> {
        String phrase = String.join(" ", words(2, true));
        yield new BenchQuery(kind, quoted(phrase), List.of(ranked("phraseto_tsquery('english', ?)", phrase)),
            Parts.text(phrase));
      }
      case RANGE_SORT -> {
        int kudos = popular ? 100 : 10;
        yield new BenchQuery(kind, tagFilter + " source_kudos>" + kudos + " sort:source_kudos",
            List.of(page("tags @> ? and kudos > ?", List.<Object>of(tags(fandomKey), kudos), "kudos desc")),
            new Parts(fandomKey, List.of(), null, kudos));
      }
      case FACETS -> new BenchQuery(kind, tagFilter, List.of(
          page("tags @> ?", List.of((Object) tags(fandomKey)), "updated desc"),
          new Statement("select tag, count(*) from " + TABLE + ", unnest(tags) tag where tags @> ?"
              + " group by tag order by count(*) desc limit 50", List.of((Object) tags(fandomKey)))),
          Parts.tagged(fandomKey));
    };
  }

  /** A popular fandom as works draw them, or a rare one from the less used half. */
  private Fandom fandom(boolean popular) {
    List<Fandom> ranked = archive.fandomsByRank();
    int rank = popular
        ? archive.fandomRanks().draw(random)
        : ranked.size() / 2 + random.nextInt(ranked.size() - ranked.size() / 2);
    return ranked.get(rank);
  }

  /** Words of one drawn paragraph: consecutive ones for a phrase, longer ones for a search. */
  private List<String> words(int count, boolean consecutive) {
    ProseSample prose = archive.prose();
    while (true) {
      String[] words = prose.paragraph(prose.drawIndex(random)).split("\\s+");
      List<String> picked = new ArrayList<>();
      int start = random.nextInt(words.length);
      for (int i = start; i < words.length && picked.size() < count; i++) {
        String word = words[i];
        boolean usable = LETTERS.matcher(word).matches() && (consecutive || word.length() >= 6);
        if (usable) {
          picked.add(word.toLowerCase(java.util.Locale.ROOT));
        } else if (consecutive) {
          picked.clear();
        }
      }
      if (picked.size() == count) {
        return picked;
      }
    }
  }

  private static String[] tags(String key) {
    return new String[] {key};
  }

  private static Statement page(String where, List<Object> parameters, String order) {
    return new Statement("select id, title, count(*) over () from " + TABLE + " where " + where
        + " order by " + order + PAGE, parameters);
  }

  private static Statement ranked(String tsquery, String text) {
    return new Statement("select id, title, count(*) over () from " + TABLE + ", " + tsquery
        + " q where tsv @@ q order by ts_rank(tsv, q) desc" + PAGE, List.<Object>of(text));
  }

  static String quoted(String text) {
    return "\"" + text.replace("\"", "") + "\"";
  }
}
