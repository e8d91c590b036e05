package dev.quire.search;

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
    context
        .analyzer("prose")
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("englishPossessive")
        .tokenFilter("porterStem");
    context
        .normalizer("sort")
        .custom()
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
  }
}
