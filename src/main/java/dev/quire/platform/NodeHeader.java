package dev.quire.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the node that answered in an {@code X-Quire-Node} header on every response, refusals and
 * error pages included, when {@code quire.node.name} (environment: {@code QUIRE_NODE_NAME}) is
 * set: behind a load balancer, a person (or a test) can tell which node served a request, and find
 * its lines in that node's log, which carries the same name.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NodeHeader extends OncePerRequestFilter {

  static final String HEADER = "X-Quire-Node";

  private final String node;

  NodeHeader(@Value("${quire.node.name:}") String node) {
    this.node = node.strip();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!node.isEmpty()) {
      response.setHeader(HEADER, node);
    }
    chain.doFilter(request, response);
  }
}
