package dev.quire.platform;

import dev.quire.QuireApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * The archive's Spring Data repositories, whose declared queries go to Hibernate as written.
 *
 * <p>By default Spring Data parses every declared query a second time, with an HQL grammar of its
 * own, when it makes the repository (to derive count queries and to add a {@code Sort}): a tenth
 * of the main thread's time in a start, on top of Hibernate's own parse. Quire needs none of it:
 * every paged query declares its count query, and the one query sorted by its caller (the
 * suggestion queue) is a plain select that Spring Data's textual rewriting sorts alike.
 *
 * <p>Public, with {@link AsWritten}, because the bean definitions the build prepares ahead of time
 * ({@code PreparedStart}) name it from every repository's package.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = QuireApplication.class, queryEnhancerSelector = Repositories.AsWritten.class)
public class Repositories {

  /** Declared queries rewritten as text, never parsed by Spring Data. */
  public static final class AsWritten extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {

    public AsWritten() {
      super(QueryEnhancerFactories.fallback(), QueryEnhancerFactories.fallback());
    }
  }
}
