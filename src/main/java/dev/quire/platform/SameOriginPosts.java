package dev.quire.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a form post that another site's page sent through a visitor's browser: a POST must carry
 * an {@code Origin} (or, failing that, a {@code Referer}) naming this archive's own host.
 */
@Configuration(proxyBeanMethods = false)
class SameOriginPosts implements WebMvcConfigurer, HandlerInterceptor {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    if (!"POST".equalsIgnoreCase(request.getMethod()) || fromThisArchive(request)) {
      return true;
    }
    response.sendError(HttpServletResponse.SC_FORBIDDEN, "This form can only be sent from the archive's own pages.");
    return false;
  }

  private static boolean fromThisArchive(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    String source = origin != null && !origin.equals("null") ? origin : request.getHeader("Referer");
    if (source == null) {
      return false;
    }
    try {
      URI uri = URI.create(source);
      return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port(uri);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
