package dev.quire.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Ranks the works a phrase matched by how often and where its words occur, in a clause that adds
 * to a work's score and is never highlighted, so that passages show the whole phrase. Ranking by
 * the phrase itself reads the positions of every occurrence of its words in every matching work;
 * the words' counts need no positions, and for phrases of common words in long works that was
 * most of a search's cost.
 *
 * <p>On the embedded Lucene index the clause is a {@link RankOnly} query, which the highlighter
 * finds no passages through. On OpenSearch it is the same term queries with the same boosts in a
 * {@code bool} named {@value #NAME}; OpenSearch would highlight them, so {@link
 * #keepOutOfHighlights} gives the request a {@code highlight_query} without it. Both backends
 * score the terms alike (BM25, the same analysis), so a phrase finds its works in the same order.
 * Thread-safe.
 */
final class PhraseRanking {

  /** The name of the ranking clause in an OpenSearch request. */
  static final String NAME = "quire-phrase-ranking";

  /** Phrases of more distinct words than this rank by the phrase itself. */
  private static final int MAX_RANKING_WORDS = 16;

  private final Analyzer analyzer;
  private final boolean lucene;

  /**
   * @param analyzer the text fields' analyzer ({@link LuceneAnalysis#prose()})
   * @param lucene whether the index is the embedded Lucene one, else OpenSearch
   */
  PhraseRanking(Analyzer analyzer, boolean lucene) {
    this.analyzer = analyzer;
    this.lucene = lucene;
  }

  /**
   * The clause that ranks by the words of {@code phrase} in {@code fields} (name → boost); empty
   * for a phrase with no words or too many, which ranks by itself: a long quotation is rare
   * enough, and would need too many clauses.
   */
  Optional<PredicateFinalStep> of(SearchPredicateFactory f, Map<String, Float> fields, String phrase) {
    List<String> words = terms(phrase).stream().distinct().toList();
    if (words.isEmpty() || words.size() > MAX_RANKING_WORDS) {
      return Optional.empty();
    }
    return Optional.of(lucene ? luceneClause(f, fields, words) : openSearchClause(f, fields, words));
  }

  private static PredicateFinalStep luceneClause(SearchPredicateFactory f, Map<String, Float> fields, List<String> words) {
    BooleanQuery.Builder ranking = new BooleanQuery.Builder();
    for (String word : words) {
      fields.forEach((field, boost) ->
          ranking.add(new BoostQuery(new TermQuery(new Term(field, word)), boost), BooleanClause.Occur.SHOULD));
    }
    return f.extension(LuceneExtension.get()).fromLuceneQuery(new RankOnly(ranking.build()));
  }

  private static PredicateFinalStep openSearchClause(
      SearchPredicateFactory f, Map<String, Float> fields, List<String> words) {
    JsonArray should = new JsonArray();
    for (String word : words) {
      fields.forEach((field, boost) -> {
        JsonObject term = new JsonObject();
        term.addProperty("value", word);
        term.addProperty("boost", boost);
        JsonObject onField = new JsonObject();
        onField.add(field, term);
        JsonObject clause = new JsonObject();
        clause.add("term", onField);
        should.add(clause);
      });
    }
    JsonObject bool = new JsonObject();
    bool.add("should", should);
    bool.addProperty("_name", NAME);
    JsonObject query = new JsonObject();
    query.add("bool", bool);
    return f.extension(ElasticsearchExtension.get()).fromJson(query);
  }

  /**
   * Makes an OpenSearch search request {@code body} highlight what its query matches without the
   * ranking clauses: its {@code highlight} gets a {@code highlight_query} that is the query
   * without them. A request without ranking clauses or highlights is left as it is.
   */
  static void keepOutOfHighlights(JsonObject body) {
    JsonObject highlight = body.getAsJsonObject("highlight");
    JsonElement query = body.get("query");
    if (highlight == null || query == null) {
      return;
    }
    JsonElement matching = query.deepCopy();
    if (withoutRanking(matching)) {
      highlight.add("highlight_query", matching);
    }
  }

  /** Removes the ranking clauses inside {@code element}; whether there were any. */
  private static boolean withoutRanking(JsonElement element) {
    boolean removed = false;
    if (element instanceof JsonObject object) {
      for (String key : List.copyOf(object.keySet())) {
        if (isRanking(object.get(key))) {
          object.remove(key);
          removed = true;
        } else {
          removed |= withoutRanking(object.get(key));
        }
      }
    } else if (element instanceof JsonArray array) {
      for (int i = array.size() - 1; i >= 0; i--) {
        if (isRanking(array.get(i))) {
          array.remove(i);
          removed = true;
        } else {
          removed |= withoutRanking(array.get(i));
        }
      }
    }
    return removed;
  }

  private static boolean isRanking(JsonElement element) {
    return element instanceof JsonObject object
        && object.get("bool") instanceof JsonObject bool
        && new JsonPrimitive(NAME).equals(bool.get("_name"));
  }

  /** The index terms of {@code text}, as the text fields' analyzer makes them. */
  private List<String> terms(String text) {
    return terms(analyzer, text);
  }

  /** The index terms of {@code text}, as {@code analyzer} makes them for a text field. */
  static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream("chapters.text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
