package dev.quire.account;

import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The viewer of the request being served, read from Spring Security's context and the account's
 * current roles; a handler method that declares a {@link Viewer} parameter receives it.
 * Thread-safe.
 */
@Component
public class CurrentViewer implements HandlerMethodArgumentResolver, WebMvcConfigurer {

  private final AccountRepository accounts;

  CurrentViewer(AccountRepository accounts) {
    this.accounts = accounts;
  }

  /** The viewer now: a guest unless an account is logged in (or its token is presented). */
  private Viewer get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof AccountDetails details)) {
      return Viewer.guest();
    }
    return accounts.findById(details.accountId()).map(Viewer::of).orElse(Viewer.guest());
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Viewer.class;
  }

  @Override
  public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
      NativeWebRequest request, WebDataBinderFactory binders) {
    return get();
  }
}
