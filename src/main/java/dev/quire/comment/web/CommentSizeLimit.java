package dev.quire.comment.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a comment whose request is larger than any comment of 10,000 characters could make it
 * with 413 and a sentence, before a byte of it is read (a megabyte sent as a comment is not read
 * to be refused). It runs before the security filters, which read a form's CSRF token from its
 * body, and before posting's larger limit on {@code /works/*}.
 */
@Configuration
class CommentSizeLimit {

  /** 10,000 characters of four bytes each, encoded in a form (up to three times longer), with a guest's name and address. */
  static final int MAX_BYTES = 128 * 1024;
  static final String MESSAGE = "A comment may be at most 10,000 characters; this request is larger than any such comment.";

  private static final Pattern COMMENT_PATHS =
      Pattern.compile("(/api/v1)?/works/[^/]+/comments|/comments/[^/]+(/replies)?");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> commentSizeFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Limit());
    registration.addUrlPatterns("/works/*", "/comments/*", "/api/v1/works/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 9);
    return registration;
  }

  private static final class Limit extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (request.getContentLengthLong() > MAX_BYTES && COMMENT_PATHS.matcher(path).matches()) {
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), MESSAGE);
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
