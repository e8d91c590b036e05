package dev.quire.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query that adds to a work's score and nothing else: the highlighter finds no passages through
 * it. Used as an optional clause beside the condition that decides which works match, so that
 * passages show that condition (a whole phrase) and not each word that ranked the work.
 */
final class RankOnly extends Query {

  private final Query ranking;

  RankOnly(Query ranking) {
    this.ranking = Objects.requireNonNull(ranking);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return new FilterWeight(this, ranking.createWeight(searcher, scoreMode, boost)) {
      @Override
      public Matches matches(LeafReaderContext context, int doc) {
        return null;
      }
    };
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = ranking.rewrite(searcher);
    return rewritten == ranking ? this : new RankOnly(rewritten);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    ranking.visit(visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this));
  }

  @Override
  public String toString(String field) {
    return "rankOnly(" + ranking.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && ranking.equals(((RankOnly) other).ranking);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + ranking.hashCode();
  }
}
