package dev.quire.search;

import dev.quire.search.SearchDeployment.SearchCluster;
import dev.quire.story.WorkStats;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.engine.search.sort.dsl.SortThenStep;
import org.hibernate.search.mapper.orm.Search;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cluster's counts: the {@code hits}, {@code kudos}, {@code comments} and {@code bookmarks}
 * fields of each work's OpenSearch document. Hibernate Search writes them with the whole document
 * when a work is saved; a count's change is sent as a partial {@code _update} of those four fields
 * alone, many works in one {@code _bulk} request, so the app neither loads nor sends the work's
 * text. A work not in the index yet (404) is skipped: Hibernate Search writes it whole, counts
 * included, from the database. Searches use the fields as any others.
 *
 * <p>One race is left: a whole-document write (a saved work, a re-filing batch, a rebuild's mass
 * indexer) that loaded a work before a change, and reaches the index after that change's partial
 * update, puts the older counts back until the work's next change; the window is that write's
 * batch.
 */
final class CountFields implements IndexedCounts {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final EntityManagerFactory entityManagerFactory;
  private final String writeAlias;
  private final boolean refresh;
  private volatile RestClient client;

  CountFields(EntityManagerFactory entityManagerFactory, SearchCluster cluster) {
    this.entityManagerFactory = entityManagerFactory;
    this.writeAlias = cluster.layout().createWriteAlias("work");
    // Without the outbox, Hibernate Search refreshes after each write so a change is found at once;
    // counts do the same (refresh, after the batch's commit). With it, both are searchable at the
    // cluster's next refresh.
    this.refresh = !cluster.outbox();
  }

  @Override
  public void publish(Map<Long, WorkStats> changed) {
    if (changed.isEmpty()) {
      return;
    }
    StringBuilder body = new StringBuilder();
    changed.forEach((id, stats) -> body
        .append("{\"update\":{\"_id\":\"").append(id).append("\",\"retry_on_conflict\":3}}\n")
        .append("{\"doc\":{\"hits\":").append(stats.hits()).append(",\"kudos\":").append(stats.kudos())
        .append(",\"comments\":").append(stats.comments()).append(",\"bookmarks\":").append(stats.bookmarks())
        .append("}}\n"));
    Request request = new Request("POST", "/" + writeAlias + "/_bulk");
    // Without the alias (a rebuild killed half-way), fail rather than make an index of its name.
    request.addParameter("require_alias", "true");
    request.setJsonEntity(body.toString());
    JsonNode answer = send(request);
    if (answer.path("errors").asBoolean(false)) {
      List<String> failed = new ArrayList<>();
      for (JsonNode item : answer.path("items")) {
        JsonNode update = item.path("update");
        if (update.has("error")
            && !"document_missing_exception".equals(update.path("error").path("type").asString())) {
          failed.add(update.path("_id").asString() + ": " + update.path("error").path("reason").asString());
        }
      }
      if (!failed.isEmpty()) {
        throw new IllegalStateException("the search cluster refused the counts of works " + failed);
      }
    }
  }

  @Override
  public void refresh() {
    if (refresh) {
      send(new Request("POST", "/" + writeAlias + "/_refresh"));
    }
  }

  /** Nothing to do: a rebuild writes every work's document whole, its counts from the database included. */
  @Override
  public void reload() {}

  @Override
  public SortThenStep<?> sort(SearchSortFactory f, LiveCount count, SortOrder order) {
    return f.field(count.field()).order(order);
  }

  @Override
  public PredicateFinalStep between(SearchPredicateFactory f, LiveCount count, Integer min, Integer max) {
    var range = f.range().field(count.field());
    return min == null ? range.atMost(max) : max == null ? range.atLeast(min) : range.between(min, max);
  }

  @Override
  public SearchProjection<Integer> value(SearchProjectionFactory<?, ?> f, LiveCount count) {
    return f.field(count.field(), Integer.class).toProjection();
  }

  private JsonNode send(Request request) {
    try (InputStream content = client().performRequest(request).getEntity().getContent()) {
      return JSON.readTree(content);
    } catch (IOException e) {
      throw new UncheckedIOException("the search cluster did not take the changed counts", e);
    }
  }

  /** The backend's client, once Hibernate Search has started (not when this bean is made). */
  private RestClient client() {
    if (client == null) {
      client = Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
    }
    return client;
  }
}
