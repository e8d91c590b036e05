package dev.quire.search;

import com.google.gson.JsonObject;
import dev.quire.work.Work;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds the works' OpenSearch index without a moment when searches find less: a new index
 * ({@code ...-000002} after {@code ...-000001}) is made next to the live one with the mappings and
 * settings Hibernate Search expects, the write alias moves to it while the mass indexer fills it
 * (searches still read the live one, complete), then the read alias moves in one atomic
 * {@code _aliases} request and the old index is deleted. Changes committed meanwhile are written to
 * the new index, through the write alias. A rebuild that fails moves the write alias back and
 * deletes what it made. One killed half-way leaves the read alias on the complete old index but
 * the write alias on the unfinished one, whose changes no search sees: the next rebuild deletes
 * the unfinished index and starts over from the live one. Nodes that start meanwhile serve
 * ({@link SearchDeployment} asks Hibernate Search to check no existing index).
 */
final class IndexSwap {

  private static final Pattern GENERATION = Pattern.compile("(.+)-(\\d{6})");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final EntityManagerFactory entityManagerFactory;
  private final SearchMapping mapping;
  private final RestClient client;
  private final String readAlias;
  private final String writeAlias;

  IndexSwap(EntityManagerFactory entityManagerFactory, ArchiveIndexLayout layout) {
    this.entityManagerFactory = entityManagerFactory;
    this.mapping = Search.mapping(entityManagerFactory);
    this.client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
    this.readAlias = layout.createReadAlias("work");
    this.writeAlias = layout.createWriteAlias("work");
  }

  /** Fills a new index from the database and makes it the one searches read; returns its name. */
  String rebuild() throws InterruptedException {
    String live = single(holders(readAlias), readAlias);
    String next = successor(live);
    delete(next);
    create(next);
    List<String> writers = holders(writeAlias);
    moveWriteAlias(writers, next);
    try {
      try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
        Search.session(entityManager).massIndexer(Work.class)
            .purgeAllOnStart(false).mergeSegmentsOnFinish(false).startAndWait();
      }
      send("POST", "/" + next + "/_refresh", null);
    } catch (InterruptedException | RuntimeException e) {
      moveWriteAlias(List.of(next), live);
      delete(next);
      throw e;
    }
    send("POST", "/_aliases", """
        {"actions":[{"remove":{"index":"%s","alias":"%s"}},{"add":{"index":"%s","alias":"%s","is_write_index":false}}]}"""
        .formatted(live, readAlias, next, readAlias));
    delete(live);
    return next;
  }

  private void moveWriteAlias(List<String> from, String to) {
    List<String> actions = new ArrayList<>();
    from.forEach(index -> actions.add("{\"remove\":{\"index\":\"%s\",\"alias\":\"%s\"}}".formatted(index, writeAlias)));
    actions.add("{\"add\":{\"index\":\"%s\",\"alias\":\"%s\",\"is_write_index\":true}}".formatted(to, writeAlias));
    send("POST", "/_aliases", "{\"actions\":[" + String.join(",", actions) + "]}");
  }

  /** Makes {@code index} as Hibernate Search would make the works' index, without its aliases. */
  private void create(String index) {
    JsonObject[] body = new JsonObject[1];
    mapping.scope(Work.class).schemaManager().exportExpectedSchema((backend, name, export) ->
        body[0] = export.extension(ElasticsearchExtension.get()).bodyParts().getFirst().deepCopy());
    body[0].remove("aliases");
    send("PUT", "/" + index, body[0].toString());
    // Usable once its primary shard is, as at start (SearchDeployment's minimal_required_status).
    send("GET", "/_cluster/health/" + index + "?wait_for_status=yellow&timeout=60s", null);
  }

  private void delete(String index) {
    try {
      client.performRequest(new Request("DELETE", "/" + index));
    } catch (ResponseException e) {
      if (e.getResponse().getStatusLine().getStatusCode() != 404) {
        throw new UncheckedIOException(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The indexes {@code alias} points to. */
  private List<String> holders(String alias) {
    List<String> indexes = new ArrayList<>();
    send("GET", "/_alias/" + alias, null).propertyNames().forEach(indexes::add);
    return indexes;
  }

  private static String single(List<String> indexes, String alias) {
    if (indexes.size() != 1) {
      throw new IllegalStateException("the alias " + alias + " should name one index, not " + indexes);
    }
    return indexes.getFirst();
  }

  /** {@code quire-work-l6-000002} after {@code quire-work-l6-000001}. */
  static String successor(String index) {
    Matcher matcher = GENERATION.matcher(index);
    if (!matcher.matches()) {
      throw new IllegalStateException("'" + index + "' is not an index of this archive");
    }
    return matcher.group(1) + "-%06d".formatted(Integer.parseInt(matcher.group(2)) + 1);
  }

  private JsonNode send(String method, String path, String json) {
    Request request = new Request(method, path);
    if (json != null) {
      request.setJsonEntity(json);
    }
    try (InputStream body = client.performRequest(request).getEntity().getContent()) {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
    }
  }
}
