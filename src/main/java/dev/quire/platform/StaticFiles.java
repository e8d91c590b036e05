package dev.quire.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The style sheet and the scripts every page links ({@code /css/**}, {@code /js/**}, from
 * {@code static/} in the class path): where each file is, is found once and kept, not looked up in
 * the class path on every request. The lookup went through every jar of the class path, a third of
 * a node's time when it answered nothing but these files and tiny pages (docs/BENCHMARKS.md,
 * "Pages"). Only these two folders: Spring Boot's resource chain would do the same for all of
 * {@code static/}, but it also rewrites every link of every page on its way out.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
    registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
  }
}
