package dev.quire.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The twin of {@link LuceneAnalysis} for an OpenSearch cluster: the same {@code prose} analyzer
 * (standard tokenizer, lower case, accents folded, English possessives dropped, Porter stems)
 * and {@code sort} normalizer, in OpenSearch's names (its analysis-common module provides them),
 * so that both deployments find and order the same works.
 */
public final class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
    context
        .analyzer("prose")
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding", "english_possessive", "porter_stem");
    context.normalizer("sort").custom().tokenFilters("lowercase", "asciifolding");
  }
}
