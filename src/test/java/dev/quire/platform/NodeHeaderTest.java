package dev.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Behind a load balancer, every answer names the node that gave it, refusals included. */
class NodeHeaderTest {

  @Test
  void everyAnswerNamesTheNodeRefusalsIncluded() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    HttpServlet refusing = new HttpServlet() {
      @Override
      protected void service(HttpServletRequest request, HttpServletResponse answer) throws IOException {
        answer.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
    };

    new NodeHeader(" node-2 ").doFilter(new MockHttpServletRequest("GET", "/works"), response,
        new MockFilterChain(refusing));

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getHeader("X-Quire-Node")).isEqualTo("node-2");
  }
}
