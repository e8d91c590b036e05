package dev.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.quire.ArchiveTest;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.ingest.Importer;
import dev.quire.search.SearchDeployment.SearchCluster;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a load balancer, a Prometheus server and a stranger read from the monitoring endpoints:
 * the health status for anyone, its details and the metrics for admins and for the node's own
 * machine, and nothing that could hold a secret.
 */
class MonitoringTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Importer importer;
  @Autowired SearchCluster cluster;

  @Test
  void aLoadBalancerElsewhereReadsTheStatusAndNothingMore() throws Exception {
    MockHttpServletResponse health = perform(fromElsewhere(get("/actuator/health")));

    assertThat(health.getStatus()).isEqualTo(200);
    assertThat(health.getContentAsString()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void theNodesOwnMachineReadsTheDatabaseAndTheIndex() throws Exception {
    String health = perform(get("/actuator/health")).getContentAsString();

    String backend = cluster.embedded() ? "lucene" : "opensearch";
    assertThat(health).contains("\"db\"", "\"index\"", "\"backend\":\"" + backend + "\"");
  }

  @Test
  void anAdminElsewhereReadsTheDetailsAndTheMetrics() throws Exception {
    var admin = accounts.as(accounts.create(Role.ADMIN));

    assertThat(perform(fromElsewhere(get("/actuator/health")).with(admin)).getContentAsString()).contains("\"index\"");
    assertThat(perform(fromElsewhere(get("/actuator/prometheus")).with(admin)).getStatus()).isEqualTo(200);
  }

  @Test
  void strangersAreRefusedTheMetrics() throws Exception {
    assertThat(perform(fromElsewhere(get("/actuator/prometheus"))).getStatus()).isEqualTo(401);
    assertThat(perform(fromElsewhere(get("/actuator/prometheus")).with(accounts.as(accounts.create()))).getStatus())
        .isEqualTo(403);
  }

  @Test
  void aProxyOnTheSameMachineDoesNotMakeItsClientsLocal() throws Exception {
    int status = perform(get("/actuator/prometheus").header("X-Forwarded-For", "203.0.113.9")).getStatus();

    assertThat(status).isEqualTo(401);
  }

  @Test
  void theMetricsTimeRequestsPerHandlerAndCountImportsAndTheJvm() throws Exception {
    perform(get("/works/search").param("q", "kitchen"));
    String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    importer.importFiles(Map.of("counted-" + word + ".txt",
        ("Title: Counted " + word + "\n\nA short story about " + word + ".\n").getBytes(StandardCharsets.UTF_8)), false);

    String metrics = perform(get("/actuator/prometheus")).getContentAsString();

    assertThat(metrics).containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/works/search\"");
    assertThat(metrics).containsPattern("quire_imports_files_total\\{outcome=\"imported\"[^}]*} [1-9]");
    assertThat(metrics).contains("jvm_memory_used_bytes");
  }

  @Test
  void noEndpointThatCouldShowSettingsOrSecretsIsThere() throws Exception {
    for (String endpoint : new String[] {"/actuator/env", "/actuator/configprops", "/actuator/beans",
        "/actuator/heapdump", "/actuator"}) {
      MockHttpServletResponse response = perform(get(endpoint).with(accounts.as(accounts.create(Role.ADMIN))));
      assertThat(response.getStatus()).as(endpoint).isGreaterThanOrEqualTo(400).isLessThan(500);
      assertThat(response.getContentAsString()).as(endpoint).doesNotContain("datasource", "password");
    }
  }

  private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private static MockHttpServletRequestBuilder fromElsewhere(MockHttpServletRequestBuilder request) {
    return request.with(r -> {
      r.setRemoteAddr("203.0.113.7");
      return r;
    });
  }
}
