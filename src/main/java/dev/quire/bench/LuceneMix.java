package dev.quire.bench;

import dev.quire.search.LuceneAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Runs the mix's queries on {@link LuceneTwin}'s index as Quire's search asks them, in plain
 * Lucene: a page of 20 works with their titles loaded and every match counted, sorted as Quire
 * sorts (by date updated without words, by relevance with them, by kudos when asked), and for the
 * facet kind the top 10 tags of each kind counted. Words must each occur in the title, summary or
 * text (title counting 4 times); a phrase must occur as one in one of them. Not thread-safe.
 */
final class LuceneMix {

  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String TEXT = "text";
  static final String TAG = "tag";
  static final String KUDOS = "kudos";
  static final String UPDATED = "updated";

  private static final Map<String, Float> TEXT_FIELDS = Map.of(TITLE, 4f, SUMMARY, 1f, TEXT, 1f);
  private static final int PAGE = 20;
  private static final int FACET_SIZE = 10;
  private static final Sort BY_UPDATED = new Sort(new SortField(UPDATED, SortField.Type.LONG, true));
  private static final Sort BY_KUDOS = new Sort(new SortField(KUDOS, SortField.Type.INT, true));

  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facets;
  private final Analyzer prose = LuceneAnalysis.prose();

  LuceneMix(LuceneTwin twin) throws IOException {
    this.searcher = new IndexSearcher(twin.reader());
    this.facets = new DefaultSortedSetDocValuesReaderState(twin.reader(), twin.facets());
  }

  /** Runs {@code query}; returns how many works match it. */
  long run(BenchQuery query) {
    try {
      Query lucene = query(query.kind(), query.parts());
      Sort sort = switch (query.kind()) {
        case FULL_TEXT, PHRASE -> Sort.RELEVANCE;
        case RANGE_SORT -> BY_KUDOS;
        default -> BY_UPDATED;
      };
      TopDocs page;
      if (query.kind() == QueryKind.FACETS) {
        FacetsCollectorManager.FacetsResult result =
            FacetsCollectorManager.search(searcher, lucene, PAGE, sort, false, new FacetsCollectorManager());
        new SortedSetDocValuesFacetCounts(facets, result.facetsCollector()).getAllDims(FACET_SIZE);
        page = result.topDocs();
      } else {
        page = searcher.search(lucene, new TopFieldCollectorManager(sort, PAGE, null, Integer.MAX_VALUE, false));
      }
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : page.scoreDocs) {
        stored.document(hit.doc, Set.of(TITLE));
      }
      return page.totalHits.value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query query(QueryKind kind, BenchQuery.Parts parts) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (parts.tag() != null) {
      query.add(new TermQuery(new Term(TAG, parts.tag())), Occur.FILTER);
    }
    for (String excluded : parts.excludedTags()) {
      query.add(new TermQuery(new Term(TAG, excluded)), Occur.MUST_NOT);
    }
    if (parts.kudosAbove() != null) {
      query.add(IntPoint.newRangeQuery(KUDOS, parts.kudosAbove() + 1, Integer.MAX_VALUE), Occur.FILTER);
    }
    if (parts.words() != null) {
      query.add(kind == QueryKind.PHRASE ? phrase(parts.words()) : words(parts.words()), Occur.MUST);
    }
    return query.build();
  }

  /** Every word in some text field. */
  private Query words(String text) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String term : terms(text)) {
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      TEXT_FIELDS.forEach((field, boost) ->
          anyField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost), Occur.SHOULD));
      all.add(anyField.build(), Occur.MUST);
    }
    return all.build();
  }

  /** The words one after the other in some text field. */
  private Query phrase(String text) throws IOException {
    List<String> terms = terms(text);
    BooleanQuery.Builder anyField = new BooleanQuery.Builder();
    TEXT_FIELDS.forEach((field, boost) ->
        anyField.add(new BoostQuery(new PhraseQuery(field, terms.toArray(String[]::new)), boost), Occur.SHOULD));
    return anyField.build();
  }

  /** The index terms Quire's analyzer makes of {@code text}. */
  private List<String> terms(String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = prose.tokenStream(TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    }
    return terms;
  }
}
