package dev.quire.posting.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a posting request whose body is larger than any valid work could make it — a 20 MB
 * chapter — with 413 and a sentence, before a byte of it is read. It runs before the security
 * filters: they read a form's CSRF token from its body, and a body too large to read would
 * otherwise look like a forged form. Only posting's addresses are limited: imports upload larger
 * files. The limit ({@code quire.posting.max-request-size}, 10 MB) leaves room for the longest
 * chapter written in any script and encoded as a form.
 */
@Configuration
class PostingSizeLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> postingSizeFilter(
      @Value("${quire.posting.max-request-size:10MB}") DataSize limit) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Limit(limit));
    registration.addUrlPatterns("/works", "/works/*", "/api/v1/works", "/api/v1/works/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  private static final class Limit extends OncePerRequestFilter {
    private final DataSize limit;

    Limit(DataSize limit) {
      this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getContentLengthLong() > limit.toBytes()) {
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), "A work or chapter may be at most "
            + limit.toMegabytes() + " MB as sent; a chapter holds at most its characters' limit.");
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
