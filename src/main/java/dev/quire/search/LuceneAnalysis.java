package dev.quire.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers the index mapping names, for the embedded Lucene backend: {@code prose} for text
 * (stemmed English, accents folded) and {@code sort} for case- and accent-insensitive sorting.
 * {@link OpenSearchAnalysis} is its twin for OpenSearch: change both together.
 */
public final class LuceneAnalysis implements LuceneAnalysisConfigurer {

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer("prose").instance(prose());
    context
        .normalizer("sort")
        .custom()
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
  }

  /**
   * A new {@code prose} analyzer. Besides the Lucene index, {@link PhraseRanking} reads a phrase's
   * index terms with it on either backend, OpenSearch's {@code prose} making the same terms, and
   * {@code quire bench} indexes its raw Lucene baseline with it so that both index the same terms.
   * Each call builds a new analyzer; one may be shared by threads, as Lucene's analyzers may.
   */
  public static Analyzer prose() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer("standard")
          .addTokenFilter("lowercase")
          .addTokenFilter("asciiFolding")
          .addTokenFilter("englishPossessive")
          .addTokenFilter("porterStem")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
